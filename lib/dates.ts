// All dates are computed and shown in Asia/Jakarta time (WIB), whatever the server's own time zone.
export const JAKARTA_TIME_ZONE = "Asia/Jakarta";

const isoDateInJakarta = new Intl.DateTimeFormat("en-CA", {
  timeZone: JAKARTA_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date (YYYY-MM-DD) in Jakarta at the given instant. */
export function toJakartaIsoDate(instant: Date): string {
  return isoDateInJakarta.format(instant);
}

export function todayInJakarta(now: Date = new Date()): string {
  return toJakartaIsoDate(now);
}

/** A DATE column comes back as midnight UTC of that calendar day; read it as that calendar day. */
export function dateColumnToIsoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

function intlLocale(locale: string) {
  return locale === "en" ? "en-GB" : "id-ID";
}

export function formatJakartaDate(instant: Date, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: JAKARTA_TIME_ZONE,
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(instant);
}

/** Formats a DATE column (a calendar day with no time of day). */
export function formatCalendarDate(value: Date, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(value);
}

// Asia/Jakarta has kept UTC+7 without daylight saving since 1964, so local times convert with a fixed offset.
const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * Reads a Jakarta wall-clock time as `<input type="datetime-local">` sends it ("2026-03-05T09:00", seconds
 * optional) into an instant; null for anything else, including days that do not exist (2026-02-30).
 */
export function parseJakartaDateTime(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  const utc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const check = new Date(utc);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month! - 1 ||
    check.getUTCDate() !== day ||
    check.getUTCHours() !== hour ||
    check.getUTCMinutes() !== minute ||
    year! < 1900 ||
    year! > 2200
  ) {
    return null;
  }
  return new Date(utc - JAKARTA_OFFSET_MS);
}

/** The Jakarta wall-clock time of an instant as a `datetime-local` value ("2026-03-05T09:00"). */
export function toJakartaDateTimeInput(instant: Date): string {
  return new Date(instant.getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 16);
}

/** Date and time in Jakarta with the zone named, e.g. "5 Maret 2026 09.00 WIB" / "5 March 2026, 09:00 WIB". */
export function formatJakartaDateTime(instant: Date, locale: string): string {
  const date = formatJakartaDate(instant, locale);
  return locale === "en"
    ? `${date}, ${formatJakartaTime(instant, locale)} WIB`
    : `${date} ${formatJakartaTime(instant, locale)} WIB`;
}

/** The time of day in Jakarta ("09.00" in Indonesian, "09:00" in English), without the zone. */
export function formatJakartaTime(instant: Date, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: JAKARTA_TIME_ZONE,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
}
