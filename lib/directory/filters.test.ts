import { describe, expect, it } from "vitest";
import { parseDirectoryFilters, toSearchParams } from "./filters";

const knownSubsectorSlugs = ["kuliner", "fotografi"];

describe("parseDirectoryFilters", () => {
  it("reads every filter of a shared URL", () => {
    const { filters, problems } = parseDirectoryFilters(
      { q: " kopi  tugu ", subsektor: "kuliner", kecamatan: "Klojen", bersertifikat: "1", urut: "terbaru", hal: "2" },
      { knownSubsectorSlugs },
    );
    expect(problems).toEqual([]);
    expect(filters).toEqual({
      q: "kopi tugu",
      kind: null,
      subsector: "kuliner",
      kecamatan: "KLOJEN",
      isCertifiedOnly: true,
      sort: "terbaru",
      page: 2,
    });
  });

  it("drops unknown values and reports each, instead of failing", () => {
    const { filters, problems } = parseDirectoryFilters(
      { subsektor: "astrologi", kecamatan: "batu", bersertifikat: "ya", urut: "acak", hal: "-3", jenis: "toko" },
      { knownSubsectorSlugs },
    );
    expect(problems).toEqual([
      "unknownKind",
      "unknownSubsector",
      "unknownKecamatan",
      "invalidCertified",
      "unknownSort",
      "invalidPage",
    ]);
    expect(filters).toMatchObject({ subsector: null, kecamatan: null, isCertifiedOnly: false, sort: "nama", page: 1 });
  });

  it("shortens a very long query and says so", () => {
    const { filters, problems } = parseDirectoryFilters({ q: "batik ".repeat(100) }, { knownSubsectorSlugs });
    expect(filters.q.length).toBeLessThanOrEqual(100);
    expect(problems).toEqual(["queryTooLong"]);
  });

  it("sorts by relevance only when there is a query", () => {
    expect(parseDirectoryFilters({ q: "kopi" }, { knownSubsectorSlugs }).filters.sort).toBe("relevan");
    expect(parseDirectoryFilters({ urut: "relevan" }, { knownSubsectorSlugs }).filters.sort).toBe("nama");
  });

  it("keeps a directory page's kind whatever `jenis` says", () => {
    const { filters } = parseDirectoryFilters({ jenis: "kampus" }, { knownSubsectorSlugs, fixedKind: "COMMUNITY" });
    expect(filters.kind).toBe("COMMUNITY");
  });
});

describe("toSearchParams", () => {
  it("round-trips the filters and leaves defaults out", () => {
    const params = { q: "kopi", jenis: "usaha", kecamatan: "sukun", bersertifikat: "1", hal: "3" };
    const { filters } = parseDirectoryFilters(params, { knownSubsectorSlugs });
    const query = toSearchParams(filters, { includeKind: true });
    expect(query).toBe("?q=kopi&jenis=usaha&kecamatan=sukun&bersertifikat=1&hal=3");
    const again = parseDirectoryFilters(Object.fromEntries(new URLSearchParams(query)), { knownSubsectorSlugs });
    expect(again.filters).toEqual(filters);
    expect(toSearchParams(filters, { includeKind: false, page: 1 })).toBe("?q=kopi&kecamatan=sukun&bersertifikat=1");
  });
});
