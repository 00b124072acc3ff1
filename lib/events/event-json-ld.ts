import type { EventStatus } from "@/lib/generated/prisma/enums";
import { pickLocalized } from "@/lib/i18n/localized";

export type EventJsonLdInput = {
  titleIndonesian: string;
  titleEn: string | null;
  descriptionIndonesian: string;
  descriptionEn: string | null;
  status: EventStatus;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  isOnline: boolean;
  registrationUrl: string | null;
  organiser: { name: string; url?: string } | null;
};

/** schema.org Event data for an event page; `url` is the page's absolute address. */
export function buildEventJsonLd(event: EventJsonLdInput, url: string, locale = "id"): Record<string, unknown> {
  const place = event.venue
    ? {
        "@type": "Place",
        name: event.venue,
        address: {
          "@type": "PostalAddress",
          addressLocality: "Kota Malang",
          addressRegion: "Jawa Timur",
          addressCountry: "ID",
        },
      }
    : null;
  const virtual = event.isOnline ? { "@type": "VirtualLocation", url: event.registrationUrl ?? url } : null;
  const locations = [place, virtual].filter(Boolean);
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "Event",
    "@id": url,
    url,
    name: pickLocalized(locale, event.titleIndonesian, event.titleEn),
    description: pickLocalized(locale, event.descriptionIndonesian, event.descriptionEn),
    startDate: event.startsAt.toISOString(),
    endDate: event.endsAt.toISOString(),
    eventStatus:
      event.status === "CANCELLED" ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    eventAttendanceMode: place
      ? virtual
        ? "https://schema.org/MixedEventAttendanceMode"
        : "https://schema.org/OfflineEventAttendanceMode"
      : "https://schema.org/OnlineEventAttendanceMode",
  };
  if (locations.length > 0) data.location = locations.length === 1 ? locations[0] : locations;
  if (event.organiser) {
    data.organizer = {
      "@type": "Organization",
      name: event.organiser.name,
      ...(event.organiser.url ? { url: event.organiser.url } : {}),
    };
  }
  if (event.registrationUrl) {
    data.offers = { "@type": "Offer", url: event.registrationUrl, availability: "https://schema.org/InStock" };
  }
  return data;
}
