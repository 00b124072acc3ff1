import { describe, expect, it } from "vitest";
import { parsePublicEventFilters, parseStaffEventFilters, publicEventQuery, staffEventQuery } from "./filters";

const known = { subsectorSlugs: ["kuliner", "kriya"], programmeSlugs: ["program-pelatihan-disporapar-2026-contoh"] };

describe("public event filters", () => {
  it("are upcoming by default and read type words, subsector, programme and page", () => {
    expect(parsePublicEventFilters({}, known)).toEqual({
      filters: { timeframe: "upcoming", type: null, subsectorSlug: null, programmeSlug: null, page: 1 },
      problems: [],
    });
    const { filters, problems } = parsePublicEventFilters(
      { waktu: "lalu", jenis: "pelatihan", subsektor: "kuliner", program: known.programmeSlugs[0], hal: "2" },
      known,
    );
    expect(problems).toEqual([]);
    expect(filters).toEqual({
      timeframe: "past",
      type: "TRAINING",
      subsectorSlug: "kuliner",
      programmeSlug: known.programmeSlugs[0],
      page: 2,
    });
    expect(publicEventQuery(filters)).toBe(
      `?waktu=lalu&jenis=pelatihan&subsektor=kuliner&program=${known.programmeSlugs[0]}&hal=2`,
    );
    expect(publicEventQuery(filters, 1)).not.toContain("hal=");
  });

  it("drops unknown values and reports them instead of failing", () => {
    const { filters, problems } = parsePublicEventFilters(
      { jenis: "TRAINING", subsektor: "tidak-ada", program: "x", hal: "-3" },
      known,
    );
    expect(filters).toMatchObject({ type: null, subsectorSlug: null, programmeSlug: null, page: 1 });
    expect(problems).toEqual(["unknownType", "unknownSubsector", "unknownProgramme", "invalidPage"]);
  });
});

describe("staff event filters", () => {
  it("accept a known status in any case and cap the search text", () => {
    const filters = parseStaffEventFilters({ status: "pending_review", q: "x".repeat(300), hal: "3" });
    expect(filters).toMatchObject({ status: "PENDING_REVIEW", page: 3 });
    expect(filters.q).toHaveLength(100);
    expect(parseStaffEventFilters({ status: "DELETED" }).status).toBeNull();
    expect(staffEventQuery({ status: "CANCELLED", q: "kopi", page: 1 })).toBe("?status=CANCELLED&q=kopi");
  });
});
