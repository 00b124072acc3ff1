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
