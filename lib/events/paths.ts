/** The public page of an event (the same Indonesian path in both languages). */
export function getEventPath(event: { slug: string }): string {
  return `/acara/${event.slug}`;
}

/** The iCalendar feed of published events; served outside the localised pages (it has an extension). */
export const EVENTS_FEED_PATH = "/acara.ics";
