import { describe, expect, it } from "vitest";
import { parseAuditFilters, toAuditSearchParams, toInstantRange } from "./filters";

describe("audit filters", () => {
  it("reads the query string and round-trips it", () => {
    const filters = parseAuditFilters({
      tipe: "Listing",
      entitas: " abc ",
      aktor: "Admin@Contoh.ID",
      aksi: "listing.",
      dari: "2026-03-01",
      sampai: "2026-03-31",
      hal: "2",
    });
    expect(filters).toEqual({
      entityType: "Listing",
      entityId: "abc",
      actorEmail: "admin@contoh.id",
      action: "listing.",
      fromDay: "2026-03-01",
      toDay: "2026-03-31",
      page: 2,
    });
    expect(parseAuditFilters(Object.fromEntries(new URLSearchParams(toAuditSearchParams(filters))))).toEqual(filters);
  });

  it("drops impossible dates and bad pages instead of failing", () => {
    expect(parseAuditFilters({ dari: "2026-02-31", sampai: "kemarin", hal: "-1" })).toMatchObject({
      fromDay: "",
      toDay: "",
      page: 1,
    });
  });

  it("bounds whole days in Asia/Jakarta (UTC+7)", () => {
    expect(toInstantRange({ fromDay: "2026-03-01", toDay: "2026-03-01" })).toEqual({
      gte: new Date("2026-02-28T17:00:00Z"),
      lt: new Date("2026-03-01T17:00:00Z"),
    });
    expect(toInstantRange({ fromDay: "", toDay: "" })).toEqual({});
  });
});
