import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildEventsCalendar, type FeedEvent } from "./events-feed";
import { buildIcsCalendar, escapeIcsText, foldIcsLine, formatIcsUtc, type IcsEvent } from "./ics";

const encoder = new TextEncoder();
const octets = (text: string) => encoder.encode(text).length;

/** Unfolds content lines (RFC 5545 §3.1): a CRLF followed by one space or tab continues the previous line. */
function unfold(document: string): string[] {
  return document.replace(/\r\n[ \t]/g, "").split("\r\n");
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, character: string) =>
    character === "n" || character === "N" ? "\n" : character,
  );
}

type Component = { name: string; properties: { name: string; params: string; value: string }[]; children: Component[] };

/** A strict little iCalendar reader: balanced BEGIN/END, "NAME[;PARAMS]:VALUE" lines, nothing else. */
function parseIcs(document: string): Component {
  expect(document.endsWith("\r\n")).toBe(true);
  // Every line break is CRLF: no bare LF or CR anywhere.
  expect(document.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  const physical = document.slice(0, -2).split("\r\n");
  for (const line of physical) expect(octets(line), line).toBeLessThanOrEqual(75);
  const lines = unfold(document.slice(0, -2));
  const root: Component = { name: "", properties: [], children: [] };
  const stack = [root];
  for (const line of lines) {
    const match = /^([A-Z][A-Z0-9-]*)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!match) throw new Error(`Not a content line: ${JSON.stringify(line)}`);
    const [, name, params, value] = match as unknown as [string, string, string, string];
    const current = stack[stack.length - 1]!;
    if (name === "BEGIN") {
      const child: Component = { name: value, properties: [], children: [] };
      current.children.push(child);
      stack.push(child);
    } else if (name === "END") {
      expect(current.name).toBe(value);
      stack.pop();
    } else {
      current.properties.push({ name, params, value });
    }
  }
  expect(stack).toHaveLength(1);
  expect(root.children).toHaveLength(1);
  return root.children[0]!;
}

const property = (component: Component, name: string) =>
  component.properties.find((candidate) => candidate.name === name)?.value;

const baseEvent: IcsEvent = {
  uid: "abc123@portal.contoh.id",
  stamp: new Date("2026-01-02T03:04:05.678Z"),
  start: new Date("2026-03-05T02:00:00Z"),
  end: new Date("2026-03-05T05:00:00Z"),
  summary: "Pelatihan foto produk",
  description: "Belajar memotret produk.",
  location: "Aula Contoh, Klojen",
  url: "https://portal.contoh.id/acara/pelatihan-foto-produk",
  sequence: 2,
  categories: ["Pelatihan"],
};

describe("escapeIcsText", () => {
  it("escapes backslashes first, then semicolons, commas and line breaks", () => {
    expect(escapeIcsText("a\\b;c,d\ne")).toBe("a\\\\b\\;c\\,d\\ne");
    expect(escapeIcsText("C:\\new")).toBe("C:\\\\new");
    expect(escapeIcsText("baris 1\r\nbaris 2\rbaris 3")).toBe("baris 1\\nbaris 2\\nbaris 3");
  });

  it("drops control characters that TEXT does not allow and keeps tabs as spaces", () => {
    expect(escapeIcsText("a\u0000b\u0007c\u007fd\te")).toBe("abcd e");
  });

  it("round-trips any text through escape and unescape", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const clean = text
          .replace(/\r\n?/g, "\n")
          .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
          .replace(/\t/g, " ");
        const escaped = escapeIcsText(text);
        expect(escaped).not.toMatch(/[\r\n]/);
        expect(unescapeText(escaped)).toBe(clean);
      }),
    );
  });
});

describe("formatIcsUtc", () => {
  it("writes UTC date-times in the basic format with Z, without milliseconds", () => {
    expect(formatIcsUtc(new Date("2026-03-05T02:00:00.999Z"))).toBe("20260305T020000Z");
  });
});

describe("foldIcsLine", () => {
  it("leaves lines of 75 octets alone and folds longer ones with CRLF and a space", () => {
    const exact = "X".repeat(75);
    expect(foldIcsLine(exact)).toBe(exact);
    const folded = foldIcsLine("Y".repeat(76));
    expect(folded).toBe(`${"Y".repeat(75)}\r\n Y`);
  });

  it("counts octets, not characters, and never splits a multi-byte UTF-8 character", () => {
    // "é" is 2 octets, "ꦩ" (Javanese script) 3, "🎨" 4 (a surrogate pair in JavaScript).
    const line = `SUMMARY:${"é".repeat(40)}${"ꦩ".repeat(30)}${"🎨".repeat(25)}`;
    const folded = foldIcsLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(3);
    for (const [index, part] of physical.entries()) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      if (index > 0) expect(part.startsWith(" ")).toBe(true);
      // Decoding each physical line on its own fails when a UTF-8 sequence was cut.
      expect(() => new TextDecoder("utf-8", { fatal: true }).decode(encoder.encode(part))).not.toThrow();
      expect(part).not.toMatch(/[\ud800-\udbff]$/);
    }
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });

  it("folds any line so that every piece fits and unfolding gives it back", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${text.replace(/[\r\n]/g, "")}`;
        const folded = foldIcsLine(line);
        for (const part of folded.split("\r\n")) expect(octets(part)).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, "")).toBe(line);
      }),
    );
    // A hundred random lines of up to 400 code points: well under a second alone, but not on two loaded cores.
  }, 30_000);
});

describe("buildIcsCalendar", () => {
  const document = buildIcsCalendar({
    prodId: "-//Portal Ekonomi Kreatif Kota Malang//Acara//ID",
    name: "Acara Ekonomi Kreatif Kota Malang",
    timeZone: "Asia/Jakarta",
    events: [
      baseEvent,
      {
        ...baseEvent,
        uid: "def456@portal.contoh.id",
        summary: "Festival; musik, seni & kuliner",
        description: `Baris pertama\nBaris kedua dengan \\ garis miring. ${"Sangat panjang — ".repeat(12)}`,
        location: null,
        categories: undefined,
        sequence: undefined,
      },
    ],
  });
  const calendar = parseIcs(document);

  it("is a VCALENDAR with the required headers and one VEVENT per event", () => {
    expect(calendar.name).toBe("VCALENDAR");
    expect(property(calendar, "VERSION")).toBe("2.0");
    expect(property(calendar, "PRODID")).toBe("-//Portal Ekonomi Kreatif Kota Malang//Acara//ID");
    expect(property(calendar, "CALSCALE")).toBe("GREGORIAN");
    expect(property(calendar, "X-WR-TIMEZONE")).toBe("Asia/Jakarta");
    expect(calendar.children.map((child) => child.name)).toEqual(["VEVENT", "VEVENT"]);
  });

  it("writes each event's UID, stamps and UTC times, text and URL", () => {
    const [first, second] = calendar.children as [Component, Component];
    expect(property(first, "UID")).toBe("abc123@portal.contoh.id");
    expect(property(first, "DTSTAMP")).toBe("20260102T030405Z");
    expect(property(first, "DTSTART")).toBe("20260305T020000Z");
    expect(property(first, "DTEND")).toBe("20260305T050000Z");
    expect(property(first, "SUMMARY")).toBe("Pelatihan foto produk");
    expect(unescapeText(property(first, "LOCATION") ?? "")).toBe("Aula Contoh, Klojen");
    expect(property(first, "URL")).toBe(baseEvent.url);
    expect(property(first, "SEQUENCE")).toBe("2");
    expect(property(first, "CATEGORIES")).toBe("Pelatihan");

    expect(property(second, "SUMMARY")).toBe("Festival\\; musik\\, seni & kuliner");
    expect(unescapeText(property(second, "SUMMARY") ?? "")).toBe("Festival; musik, seni & kuliner");
    expect(unescapeText(property(second, "DESCRIPTION") ?? "")).toContain(
      "Baris pertama\nBaris kedua dengan \\ garis miring.",
    );
    expect(property(second, "LOCATION")).toBeUndefined();
    for (const event of calendar.children) {
      for (const required of ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"]) {
        expect(property(event, required), required).toBeDefined();
      }
    }
  });

  it("folds long description lines at 75 octets", () => {
    expect(document).toMatch(/\r\n [^\r\n]/);
  });
});

describe("buildEventsCalendar", () => {
  const event: FeedEvent = {
    id: "cm0acara1",
    slug: "pelatihan-kemasan-contoh",
    type: "TRAINING",
    titleIndonesian: "Pelatihan Kemasan Produk",
    descriptionIndonesian: "Materi: desain, bahan; label halal.",
    startsAt: new Date("2026-03-05T02:00:00Z"),
    endsAt: new Date("2026-03-05T05:00:00Z"),
    venue: "Aula Contoh",
    kecamatan: "KLOJEN",
    isOnline: true,
    isSample: true,
    registrationUrl: "https://daftar.contoh.id/kemasan",
    version: 3,
    updatedAt: new Date("2026-01-02T03:04:05Z"),
    organiser: { name: "Komunitas Contoh" },
  };

  it("gives each event a stable UID on the site's host and its page URL, and marks samples", () => {
    const calendar = parseIcs(buildEventsCalendar([event], "https://ekraf.contoh.id"));
    const vevent = calendar.children[0]!;
    expect(property(vevent, "UID")).toBe("cm0acara1@ekraf.contoh.id");
    expect(property(vevent, "URL")).toBe("https://ekraf.contoh.id/acara/pelatihan-kemasan-contoh");
    expect(property(vevent, "SUMMARY")).toBe("Pelatihan Kemasan Produk (contoh)");
    expect(property(vevent, "SEQUENCE")).toBe("2");
    const description = unescapeText(property(vevent, "DESCRIPTION") ?? "");
    expect(description).toMatch(/^CONTOH: /);
    expect(description).toContain("Materi: desain, bahan; label halal.");
    expect(description).toContain("Penyelenggara: Komunitas Contoh");
    expect(unescapeText(property(vevent, "LOCATION") ?? "")).toBe(
      "Aula Contoh, Kec. Klojen, Kota Malang · Daring (online)",
    );
    expect(property(calendar, "X-WR-TIMEZONE")).toBe("Asia/Jakarta");
  });

  it("is an empty but valid calendar without events", () => {
    const calendar = parseIcs(buildEventsCalendar([], "http://localhost:3000"));
    expect(calendar.children).toEqual([]);
  });
});
