/** The public page of an event (the same Indonesian path in both languages). */
import { routes } from "@/lib/site/routes";
export function getEventPath(event: { slug: string }): string {
  return routes.event(event.slug);
}

/** The iCalendar feed of published events; served outside the localised pages (it has an extension). */
export const EVENTS_FEED_PATH = "/acara.ics";
