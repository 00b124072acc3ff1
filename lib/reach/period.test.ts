import { describe, expect, it } from "vitest";
import { lastTwelveMonths, parseReachPeriod } from "./period";

describe("reach period", () => {
  it("defaults to the 12 months ending today, both ends included", () => {
    expect(lastTwelveMonths("2026-12-07")).toEqual({ from: "2025-12-08", to: "2026-12-07" });
    expect(lastTwelveMonths("2028-03-01")).toEqual({ from: "2027-03-02", to: "2028-03-01" });
  });

  it("reads dari and sampai", () => {
    expect(parseReachPeriod({ dari: "2026-01-01", sampai: "2026-06-30" }, "2026-12-07")).toEqual({
      period: { from: "2026-01-01", to: "2026-06-30" },
      isFallback: false,
    });
  });

  it("falls back to the last 12 months for bad or backwards dates", () => {
    const fallback = { period: { from: "2025-12-08", to: "2026-12-07" }, isFallback: true };
    expect(parseReachPeriod({ dari: "2026-02-30" }, "2026-12-07")).toEqual(fallback);
    expect(parseReachPeriod({ dari: "2026-06-01", sampai: "2026-01-01" }, "2026-12-07")).toEqual(fallback);
    expect(parseReachPeriod({ sampai: ["x", "y"] }, "2026-12-07")).toEqual(fallback);
  });
});
