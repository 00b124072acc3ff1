import { describe, expect, it } from "vitest";
import { parseUserFilters, toUserSearchParams } from "./filters";

describe("user list filters", () => {
  it("reads role, status, search and page, and round-trips them", () => {
    const filters = parseUserFilters({ q: "  sari  apel ", peran: "staff", status: "nonaktif", hal: "3" });
    expect(filters).toEqual({ q: "sari apel", role: "STAFF", state: "nonaktif", page: 3 });
    expect(toUserSearchParams(filters)).toBe("?q=sari+apel&peran=staff&status=nonaktif&hal=3");
    expect(parseUserFilters(Object.fromEntries(new URLSearchParams(toUserSearchParams(filters))))).toEqual(filters);
  });

  it("ignores unknown values", () => {
    expect(parseUserFilters({ peran: "raja", status: "hilang", hal: "x" })).toEqual({
      q: "",
      role: null,
      state: null,
      page: 1,
    });
    expect(toUserSearchParams(parseUserFilters({}))).toBe("");
  });
});
