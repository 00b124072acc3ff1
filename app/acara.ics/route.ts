import { buildEventsCalendar } from "@/lib/events/events-feed";
import { listEventsForFeed } from "@/lib/events/queries";
import { getSiteUrl } from "@/lib/seo/site-url";

// Read at request time: the build has no database, and events change after it.
export const dynamic = "force-dynamic";

/** The public iCalendar feed of published events (subscribe or download); public data only. */
export async function GET() {
  const events = await listEventsForFeed();
  const body = buildEventsCalendar(events, getSiteUrl());
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="acara-ekraf-malang.ics"',
      "Cache-Control": "public, max-age=300",
    },
  });
}
