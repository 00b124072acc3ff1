import { describe, expect, it } from "vitest";
import { dateColumnToIsoDate, formatCalendarDate, formatJakartaDate, todayInJakarta } from "./dates";

describe("Jakarta dates", () => {
  it("rolls over to the next day at midnight WIB, not at midnight UTC", () => {
    // 17:00 UTC is 00:00 the next day in Jakarta (UTC+7).
    expect(todayInJakarta(new Date("2026-11-24T16:59:59Z"))).toBe("2026-11-24");
    expect(todayInJakarta(new Date("2026-11-24T17:00:00Z"))).toBe("2026-11-25");
  });

  it("formats an instant in Jakarta time in each language", () => {
    const instant = new Date("2025-10-31T18:30:00Z"); // 1 Nov 2025, 01:30 WIB
    expect(formatJakartaDate(instant, "id")).toBe("1 November 2025");
    expect(formatJakartaDate(instant, "en")).toBe("1 November 2025");
  });

  it("reads DATE columns as calendar days", () => {
    const column = new Date("2026-01-15T00:00:00Z");
    expect(dateColumnToIsoDate(column)).toBe("2026-01-15");
    expect(formatCalendarDate(column, "id")).toBe("15 Januari 2026");
    expect(formatCalendarDate(column, "en")).toBe("15 January 2026");
  });
});
