import { formatJakartaDate, formatJakartaDateTime, formatJakartaTime, toJakartaIsoDate } from "@/lib/dates";

/**
 * When an event runs, in Jakarta time: "5 Maret 2026, 09.00–12.00 WIB" within one day, otherwise both ends in
 * full ("5 Maret 2026 09.00 WIB – 7 Maret 2026 16.00 WIB").
 */
export function formatEventTime(start: Date, end: Date, locale: string): string {
  if (toJakartaIsoDate(start) === toJakartaIsoDate(end)) {
    return `${formatJakartaDate(start, locale)}, ${formatJakartaTime(start, locale)}–${formatJakartaTime(end, locale)} WIB`;
  }
  return `${formatJakartaDateTime(start, locale)} – ${formatJakartaDateTime(end, locale)}`;
}
