import { describe, expect, it } from "vitest";
import { parseBoardFilters, toBoardSearchParams } from "./filters";

const known = ["fotografi", "kuliner"];

describe("parseBoardFilters", () => {
  it("defaults to the first page of open posts, any kind, anywhere", () => {
    expect(parseBoardFilters({}, known)).toEqual({
      filters: { subsector: null, kind: null, location: null, status: "buka", page: 1 },
      problems: [],
    });
  });

  it("reads subsector, kind, kecamatan or online, status and page", () => {
    expect(
      parseBoardFilters(
        { subsektor: "fotografi", jenis: "butuh", kecamatan: "Klojen", status: "tutup", hal: "2" },
        known,
      ).filters,
    ).toEqual({ subsector: "fotografi", kind: "NEED", location: "KLOJEN", status: "tutup", page: 2 });
    expect(parseBoardFilters({ jenis: "tawar", kecamatan: "daring" }, known).filters).toMatchObject({
      kind: "OFFER",
      location: "ONLINE",
    });
  });

  it("drops unknown values and says why, instead of failing", () => {
    const { filters, problems } = parseBoardFilters(
      { subsektor: "sulap", jenis: "jual", kecamatan: "batu", status: "arsip", hal: "0" },
      known,
    );
    expect(filters).toEqual({ subsector: null, kind: null, location: null, status: "buka", page: 1 });
    expect(problems).toEqual(["unknownSubsector", "unknownKind", "unknownLocation", "unknownStatus", "invalidPage"]);
  });
});

describe("toBoardSearchParams", () => {
  it("round-trips the filters and leaves defaults out", () => {
    const { filters } = parseBoardFilters(
      { subsektor: "kuliner", jenis: "tawar", kecamatan: "daring", status: "semua" },
      known,
    );
    const query = toBoardSearchParams(filters, 3);
    expect(query).toBe("?subsektor=kuliner&jenis=tawar&kecamatan=daring&status=semua&hal=3");
    expect(parseBoardFilters(Object.fromEntries(new URLSearchParams(query)), known).filters).toEqual({
      ...filters,
      page: 3,
    });
    expect(toBoardSearchParams(parseBoardFilters({}, known).filters)).toBe("");
  });
});
