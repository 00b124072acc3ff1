import { describe, expect, it } from "vitest";
import {
  addDaysToIsoDate,
  certifiedListingQuery,
  parseCertifiedListingFilters,
  parseStaffCertificationFilters,
  staffCertificationQuery,
} from "./filters";

const known = { typeSlugs: ["merek", "halal"], subsectorSlugs: ["kuliner", "kriya"] };

describe("parseCertifiedListingFilters", () => {
  it("reads the type, subsector and page, and round-trips them into a query string", () => {
    const { filters, problems } = parseCertifiedListingFilters(
      { jenis: "halal", subsektor: "kuliner", hal: "2" },
      known,
    );
    expect(filters).toEqual({ typeSlug: "halal", subsectorSlug: "kuliner", page: 2 });
    expect(problems).toEqual([]);
    expect(certifiedListingQuery(filters)).toBe("?jenis=halal&subsektor=kuliner&hal=2");
    expect(certifiedListingQuery(filters, 1)).toBe("?jenis=halal&subsektor=kuliner");
  });

  it("drops unknown values and says so", () => {
    const { filters, problems } = parseCertifiedListingFilters({ jenis: "palsu", subsektor: "x", hal: "-3" }, known);
    expect(filters).toEqual({ typeSlug: null, subsectorSlug: null, page: 1 });
    expect(problems).toEqual(["unknownType", "unknownSubsector", "invalidPage"]);
  });
});

describe("parseStaffCertificationFilters", () => {
  it("reads status, type, the expiring-soon switch, a search and the page", () => {
    const filters = parseStaffCertificationFilters(
      { status: "certified", jenis: "merek", segera: "1", q: "  batik   celaket ", hal: "3" },
      known,
    );
    expect(filters).toEqual({
      status: "CERTIFIED",
      typeSlug: "merek",
      isExpiringSoon: true,
      q: "batik celaket",
      page: 3,
    });
    expect(staffCertificationQuery(filters, 1)).toBe("?status=CERTIFIED&jenis=merek&segera=1&q=batik+celaket");
  });

  it("ignores unknown values", () => {
    expect(parseStaffCertificationFilters({ status: "EXPIRED", jenis: "x", segera: "ya" }, known)).toEqual({
      status: null,
      typeSlug: null,
      isExpiringSoon: false,
      q: "",
      page: 1,
    });
  });
});

describe("addDaysToIsoDate", () => {
  it("crosses months and leap days", () => {
    expect(addDaysToIsoDate("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDaysToIsoDate("2026-12-15", 60)).toBe("2027-02-13");
  });
});
