import { describe, expect, it } from "vitest";
import { parseDirectoryFilters, toSearchParams } from "./filters";

const knownSubsectorSlugs = ["kuliner", "fotografi"];
const knownKelurahan = new Map([
  ["35.73.02.1001", "KLOJEN"],
  ["35.73.05.1001", "LOWOKWARU"],
] as const);

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
      kelurahan: null,
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

describe("the kelurahan filter", () => {
  const parse = (params: Record<string, string>) =>
    parseDirectoryFilters(params, { knownSubsectorSlugs, knownKelurahan });

  it("reads a Kemendagri code and sets its kecamatan with it", () => {
    const { filters, problems } = parse({ kelurahan: " 35.73.05.1001 " });
    expect(problems).toEqual([]);
    expect(filters).toMatchObject({ kelurahan: "35.73.05.1001", kecamatan: "LOWOKWARU" });
  });

  it("keeps a kelurahan that lies in the chosen kecamatan", () => {
    const { filters, problems } = parse({ kecamatan: "lowokwaru", kelurahan: "35.73.05.1001" });
    expect(problems).toEqual([]);
    expect(filters).toMatchObject({ kelurahan: "35.73.05.1001", kecamatan: "LOWOKWARU" });
  });

  it("lets the chosen kecamatan win over a kelurahan outside it, and says so", () => {
    const { filters, problems } = parse({ kecamatan: "klojen", kelurahan: "35.73.05.1001" });
    expect(problems).toEqual(["kelurahanOutsideKecamatan"]);
    expect(filters).toMatchObject({ kelurahan: null, kecamatan: "KLOJEN" });
  });

  it("drops unknown or malformed codes, names and injection attempts like other bad values", () => {
    for (const kelurahan of [
      "35.73.05.9999",
      "35.73.05",
      "Kauman",
      "35.73.05.1001'; --",
      "٣٥.٧٣.٠٥.١٠٠١",
      "x".repeat(5000),
    ]) {
      const { filters, problems } = parse({ kelurahan, kecamatan: "sukun" });
      expect(problems, kelurahan).toEqual(["unknownKelurahan"]);
      expect(filters, kelurahan).toMatchObject({ kelurahan: null, kecamatan: "SUKUN" });
    }
  });

  it("treats every kelurahan as unknown when the caller knows none", () => {
    const { filters, problems } = parseDirectoryFilters({ kelurahan: "35.73.02.1001" }, { knownSubsectorSlugs });
    expect(problems).toEqual(["unknownKelurahan"]);
    expect(filters.kelurahan).toBeNull();
  });

  it("takes the first value of a repeated parameter", () => {
    expect(parse({ kelurahan: ["35.73.02.1001", "35.73.05.1001"] as unknown as string }).filters.kelurahan).toBe(
      "35.73.02.1001",
    );
  });

  it("round-trips through the query string, with its kecamatan", () => {
    const { filters } = parse({ kelurahan: "35.73.02.1001", jenis: "usaha" });
    const query = toSearchParams(filters, { includeKind: true });
    expect(query).toBe("?jenis=usaha&kecamatan=klojen&kelurahan=35.73.02.1001");
    expect(parse(Object.fromEntries(new URLSearchParams(query))).filters).toEqual(filters);
  });
});
