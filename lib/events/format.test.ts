import { describe, expect, it } from "vitest";
import { formatJakartaDateTime, parseJakartaDateTime, toJakartaDateTimeInput } from "@/lib/dates";
import { formatEventTime } from "./format";

describe("Jakarta date-times for events", () => {
  it("reads a datetime-local value as Jakarta time (UTC+7) and writes it back", () => {
    const instant = parseJakartaDateTime("2026-03-05T09:00");
    expect(instant?.toISOString()).toBe("2026-03-05T02:00:00.000Z");
    expect(toJakartaDateTimeInput(instant!)).toBe("2026-03-05T09:00");
    // 06:00 WIB is still the previous day in UTC.
    expect(parseJakartaDateTime("2026-01-01T06:00:30")?.toISOString()).toBe("2025-12-31T23:00:30.000Z");
  });

  it("refuses days and times that do not exist, and other shapes", () => {
    for (const value of ["2026-02-30T09:00", "2026-13-01T09:00", "2026-03-05T24:00", "2026-03-05", "kemarin", ""]) {
      expect(parseJakartaDateTime(value), value).toBeNull();
    }
  });

  it("formats both ends in WIB: one day once, several days in full", () => {
    const start = new Date("2026-03-05T02:00:00Z");
    expect(formatEventTime(start, new Date("2026-03-05T05:30:00Z"), "id")).toBe("5 Maret 2026, 09.00–12.30 WIB");
    expect(formatEventTime(start, new Date("2026-03-05T05:30:00Z"), "en")).toBe("5 March 2026, 09:00–12:30 WIB");
    expect(formatEventTime(start, new Date("2026-03-07T09:00:00Z"), "id")).toBe(
      "5 Maret 2026 09.00 WIB – 7 Maret 2026 16.00 WIB",
    );
    expect(formatJakartaDateTime(new Date("2026-03-05T17:15:00Z"), "en")).toBe("6 March 2026, 00:15 WIB");
  });
});
