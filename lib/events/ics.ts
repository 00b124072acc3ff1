// iCalendar (RFC 5545) output for the public events feed. Pure functions: no database, no Next.

export type IcsEvent = {
  /** Globally unique and stable across feed refreshes, e.g. "<event id>@<host>". */
  uid: string;
  /** When this version of the event was last changed (DTSTAMP and LAST-MODIFIED). */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location?: string | null;
  url: string;
  /** Bumped on every change, so calendar apps take the newer copy. */
  sequence?: number;
  categories?: string[];
};

export type IcsCalendar = {
  prodId: string;
  name: string;
  description?: string;
  timeZone: string;
  events: IcsEvent[];
};

const CRLF = "\r\n";
const MAX_LINE_OCTETS = 75;

/**
 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma are escaped, every line break becomes "\n",
 * and other control characters (not allowed in TEXT) are dropped.
 */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/\t/g, " ");
}

/** A DATE-TIME in UTC ("20260305T020000Z"), which needs no VTIMEZONE. */
export function formatIcsUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line (RFC 5545 §3.1): no physical line longer than 75 octets, continuation lines start with a
 * space, and a multi-octet UTF-8 character is never split across lines.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      // The leading space of a continuation line counts towards its 75 octets.
      limit = MAX_LINE_OCTETS - 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** A property without parameters; values that are not TEXT (URIs, dates) are passed through unescaped. */
function property(name: string, value: string): string {
  return foldIcsLine(`${name}:${value.replace(/[\r\n]/g, "")}`);
}

function textProperty(name: string, value: string): string {
  return foldIcsLine(`${name}:${escapeIcsText(value)}`);
}

function eventLines(event: IcsEvent): string[] {
  const lines = [
    "BEGIN:VEVENT",
    property("UID", event.uid),
    property("DTSTAMP", formatIcsUtc(event.stamp)),
    property("LAST-MODIFIED", formatIcsUtc(event.stamp)),
    property("DTSTART", formatIcsUtc(event.start)),
    property("DTEND", formatIcsUtc(event.end)),
    textProperty("SUMMARY", event.summary),
    textProperty("DESCRIPTION", event.description),
  ];
  if (event.location) lines.push(textProperty("LOCATION", event.location));
  lines.push(property("URL", event.url));
  if (event.categories && event.categories.length > 0) {
    lines.push(foldIcsLine(`CATEGORIES:${event.categories.map(escapeIcsText).join(",")}`));
  }
  if (event.sequence !== undefined) lines.push(property("SEQUENCE", String(Math.max(0, Math.trunc(event.sequence)))));
  lines.push("STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT");
  return lines;
}

/** A whole VCALENDAR document with CRLF line endings (including after the last line). */
export function buildIcsCalendar(calendar: IcsCalendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    textProperty("PRODID", calendar.prodId),
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    textProperty("X-WR-CALNAME", calendar.name),
    ...(calendar.description ? [textProperty("X-WR-CALDESC", calendar.description)] : []),
    textProperty("X-WR-TIMEZONE", calendar.timeZone),
    // A hint for subscribed calendars to refresh a few times a day.
    "REFRESH-INTERVAL;VALUE=DURATION:PT6H",
    "X-PUBLISHED-TTL:PT6H",
    ...calendar.events.flatMap(eventLines),
    "END:VCALENDAR",
  ];
  return lines.join(CRLF) + CRLF;
}
