import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { listUpcomingEventsForSubsector } from "@/lib/events/queries";
import { EventCardList } from "@/components/events/event-card-list";
import { routes } from "@/lib/site/routes";

/** "Related events" on a subsector page: its upcoming published events, with a link to all of them. */
export async function SubsectorEvents({ subsectorSlug }: { subsectorSlug: string }) {
  const events = await listUpcomingEventsForSubsector(subsectorSlug);
  const t = await getTranslations("SubsectorEvents");
  return (
    <section aria-labelledby="acara-subsektor" className="space-y-3">
      <h2 id="acara-subsektor" className="text-xl font-semibold">
        {t("title")}
      </h2>
      {events.length === 0 ? <p className="text-slate-700">{t("none")}</p> : <EventCardList events={events} />}
      <p>
        <Link
          href={`${routes.events}?subsektor=${subsectorSlug}`}
          className="text-brand-700 underline hover:text-brand-900"
        >
          {t("all")}
        </Link>
      </p>
    </section>
  );
}
