import type { EventType, Kecamatan } from "@/lib/generated/prisma/enums";
import { JAKARTA_TIME_ZONE } from "@/lib/dates";
import { buildIcsCalendar, type IcsEvent } from "./ics";
import { getEventPath } from "./paths";

// The feed is in Indonesian, the portal's default language (one feed serves both languages).
const typeNames: Record<EventType, string> = {
  TRAINING: "Pelatihan",
  BIMTEK: "Bimtek",
  FESTIVAL: "Festival",
  MEETUP: "Temu komunitas",
  EXHIBITION: "Pameran",
  CALL: "Panggilan pelatihan/sertifikasi",
  OTHER: "Lainnya",
};

const kecamatanNames: Record<Kecamatan, string> = {
  BLIMBING: "Blimbing",
  KEDUNGKANDANG: "Kedungkandang",
  KLOJEN: "Klojen",
  LOWOKWARU: "Lowokwaru",
  SUKUN: "Sukun",
};

export type FeedEvent = {
  id: string;
  slug: string;
  type: EventType;
  titleIndonesian: string;
  descriptionIndonesian: string;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  kecamatan: Kecamatan | null;
  isOnline: boolean;
  isSample: boolean;
  registrationUrl: string | null;
  version: number;
  updatedAt: Date;
  organiser: { listing: { nameIndonesian: string } } | { name: string } | null;
};

function toIcsEvent(event: FeedEvent, siteUrl: string, host: string): IcsEvent {
  const url = `${siteUrl}${getEventPath(event)}`;
  const organiser = event.organiser
    ? "listing" in event.organiser
      ? event.organiser.listing.nameIndonesian
      : event.organiser.name
    : null;
  const summary =
    event.isSample && !/contoh/i.test(event.titleIndonesian)
      ? `${event.titleIndonesian} (contoh)`
      : event.titleIndonesian;
  const description = [
    event.isSample ? "CONTOH: acara ini data contoh untuk demonstrasi portal, bukan acara sungguhan." : null,
    event.descriptionIndonesian,
    organiser ? `Penyelenggara: ${organiser}` : null,
    event.registrationUrl ? `Pendaftaran: ${event.registrationUrl}` : null,
    `Selengkapnya: ${url}`,
  ]
    .filter(Boolean)
    .join("\n\n");
  const place = [event.venue, event.kecamatan ? `Kec. ${kecamatanNames[event.kecamatan]}` : null, "Kota Malang"];
  const location = event.venue || event.kecamatan ? place.filter(Boolean).join(", ") : null;
  return {
    uid: `${event.id}@${host}`,
    stamp: event.updatedAt,
    start: event.startsAt,
    end: event.endsAt,
    summary,
    description,
    location: event.isOnline ? [location, "Daring (online)"].filter(Boolean).join(" · ") : location,
    url,
    sequence: event.version - 1,
    categories: [typeNames[event.type]],
  };
}

/** The portal's public events as one iCalendar document. */
export function buildEventsCalendar(events: FeedEvent[], siteUrl: string): string {
  const host = new URL(siteUrl).host;
  return buildIcsCalendar({
    prodId: "-//Portal Ekonomi Kreatif Kota Malang//Acara//ID",
    name: "Acara Ekonomi Kreatif Kota Malang",
    description: "Bimtek, pelatihan, festival dan temu komunitas ekonomi kreatif di Kota Malang.",
    timeZone: JAKARTA_TIME_ZONE,
    events: events.map((event) => toIcsEvent(event, siteUrl, host)),
  });
}
