import { describe, expect, it } from "vitest";
import { jakartaMonthStart, lastJakartaMonths } from "./months";

describe("Jakarta months", () => {
  it("uses the Jakarta calendar, not UTC, at a month's edge", () => {
    // 31 January 18:00 UTC is already 1 February 01:00 in Jakarta (UTC+7).
    expect(jakartaMonthStart(new Date("2026-01-31T18:00:00Z"))).toBe("2026-02-01");
    expect(jakartaMonthStart(new Date("2026-01-31T16:59:00Z"))).toBe("2026-01-01");
  });

  it("lists the last twelve months newest first, across a year boundary", () => {
    const months = lastJakartaMonths(12, new Date("2026-03-10T05:00:00Z"));
    expect(months).toHaveLength(12);
    expect(months.slice(0, 4)).toEqual(["2026-03-01", "2026-02-01", "2026-01-01", "2025-12-01"]);
    expect(months.at(-1)).toBe("2025-04-01");
  });
});
