import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { formatEventTime } from "@/lib/events/format";
import { getEventPath } from "@/lib/events/paths";
import type { ProfileEvent } from "@/lib/events/profile-select";
import { EventSampleBadge } from "@/components/events/event-sample-badge";

type Props = { trainingsAttended: ProfileEvent[]; upcomingEvents: ProfileEvent[] };

/**
 * A profile's events: upcoming events the listing organises, and training it took part in as recorded by staff
 * (a record of attendance, never a certificate). Each list appears only when it has entries.
 */
export async function ListingEvents({ trainingsAttended, upcomingEvents }: Props) {
  if (trainingsAttended.length === 0 && upcomingEvents.length === 0) return null;
  const locale = await getLocale();
  const t = await getTranslations("ListingEvents");
  const tType = await getTranslations("EventType");
  const linkClass = "text-brand-700 underline hover:text-brand-900";
  const item = (event: ProfileEvent, showProgramme: boolean) => (
    <li key={event.id} className="space-y-0.5">
      <p>
        <Link href={getEventPath(event)} className={linkClass}>
          {pickLocalized(locale, event.titleIndonesian, event.titleEn)}
        </Link>
        {event.isSample ? <EventSampleBadge /> : null}
      </p>
      <p className="text-sm text-slate-700">
        {tType(event.type)} ·{" "}
        <time dateTime={event.startsAt.toISOString()}>{formatEventTime(event.startsAt, event.endsAt, locale)}</time>
        {showProgramme && event.programme
          ? ` · ${pickLocalized(locale, event.programme.nameIndonesian, event.programme.nameEn)}`
          : ""}
      </p>
    </li>
  );
  return (
    <>
      {upcomingEvents.length > 0 ? (
        <section aria-labelledby="acara-mendatang" className="space-y-3">
          <h2 id="acara-mendatang" className="text-xl font-semibold">
            {t("upcomingTitle")}
          </h2>
          <ul className="space-y-2">{upcomingEvents.map((event) => item(event, false))}</ul>
        </section>
      ) : null}
      {trainingsAttended.length > 0 ? (
        <section aria-labelledby="pelatihan-diikuti" className="space-y-3">
          <h2 id="pelatihan-diikuti" className="text-xl font-semibold">
            {t("trainingTitle")}
          </h2>
          <p className="max-w-3xl text-sm text-slate-700">{t("trainingNote")}</p>
          <ul className="space-y-2">{trainingsAttended.map((event) => item(event, true))}</ul>
        </section>
      ) : null}
    </>
  );
}
