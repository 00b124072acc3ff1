import { describe, expect, it } from "vitest";
import { defaultPeriod, parseStatisticsPeriod, startOfJakartaDay, toPeriodSearchParams } from "./period";

describe("parseStatisticsPeriod", () => {
  const today = "2026-11-24";

  it("defaults to the current Jakarta calendar year", () => {
    expect(parseStatisticsPeriod({}, today)).toEqual({
      period: { from: "2026-01-01", to: "2026-12-31" },
      problems: [],
    });
    expect(defaultPeriod("2027-01-01")).toEqual({ from: "2027-01-01", to: "2027-12-31" });
  });

  it("reads dari and sampai", () => {
    expect(parseStatisticsPeriod({ dari: "2025-03-01", sampai: "2025-06-30" }, today).period).toEqual({
      from: "2025-03-01",
      to: "2025-06-30",
    });
  });

  it("ignores days that do not exist and says so", () => {
    const { period, problems } = parseStatisticsPeriod({ dari: "2025-02-30", sampai: "kemarin" }, today);
    expect(problems).toEqual(["invalidFrom", "invalidTo"]);
    expect(period).toEqual({ from: "2026-01-01", to: "2026-12-31" });
  });

  it("falls back to the whole year when the period runs backwards", () => {
    expect(parseStatisticsPeriod({ dari: "2026-05-01", sampai: "2026-04-01" }, today)).toEqual({
      period: { from: "2026-01-01", to: "2026-12-31" },
      problems: ["fromAfterTo"],
    });
  });

  it("round-trips through the query string", () => {
    const period = { from: "2025-01-01", to: "2025-12-31" };
    const params = Object.fromEntries(toPeriodSearchParams(period));
    expect(parseStatisticsPeriod(params, today).period).toEqual(period);
  });
});

describe("startOfJakartaDay", () => {
  it("is 17:00 UTC of the day before", () => {
    expect(startOfJakartaDay("2026-01-01").toISOString()).toBe("2025-12-31T17:00:00.000Z");
  });
});
