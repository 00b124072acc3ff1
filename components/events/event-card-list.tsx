import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { getListingPath } from "@/lib/listings/kinds";
import { formatEventTime } from "@/lib/events/format";
import { getEventPath } from "@/lib/events/paths";
import type { EventCard } from "@/lib/events/queries";
import { EventSampleBadge } from "@/components/events/event-sample-badge";

type Props = { events: EventCard[]; headingLevel?: 2 | 3 };

/** Events as a list of cards: type, title, when (WIB), where and who organises. */
export async function EventCardList({ events, headingLevel = 3 }: Props) {
  const locale = await getLocale();
  const t = await getTranslations("Events");
  const tType = await getTranslations("EventType");
  const tKecamatan = await getTranslations("Kecamatan");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {events.map((event) => {
        const place = [event.venue, event.kecamatan ? tKecamatan(event.kecamatan) : null].filter(Boolean).join(", ");
        return (
          <li key={event.id} className="space-y-1 rounded-lg border border-slate-200 p-4">
            <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
              {tType(event.type)}
              {event.isSample ? <EventSampleBadge /> : null}
            </p>
            <Heading className="text-lg font-semibold">
              <Link href={getEventPath(event)} className="text-brand-800 underline-offset-2 hover:underline">
                {pickLocalized(locale, event.titleIndonesian, event.titleEn)}
              </Link>
            </Heading>
            <p className="text-sm">
              <time dateTime={event.startsAt.toISOString()}>
                {formatEventTime(event.startsAt, event.endsAt, locale)}
              </time>
            </p>
            <p className="text-sm text-slate-700">
              {[place, event.isOnline ? t("online") : null].filter(Boolean).join(" · ")}
            </p>
            {event.organiser ? (
              <p className="text-sm text-slate-700">
                {t("organisedBy")}{" "}
                {"listing" in event.organiser ? (
                  <Link href={getListingPath(event.organiser.listing)} className="text-brand-700 underline">
                    {pickLocalized(locale, event.organiser.listing.nameIndonesian, event.organiser.listing.nameEn)}
                  </Link>
                ) : (
                  event.organiser.name
                )}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
