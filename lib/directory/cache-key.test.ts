import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH } from "./filters";
import { decodeDirectoryQuery, encodeDirectoryQuery } from "./cache-key";

const encode = (query: string) => encodeDirectoryQuery(new URLSearchParams(query));

describe("directory cache key", () => {
  it("is the same for the same filters in any order, and ignores unknown keys", () => {
    expect(encode("kecamatan=klojen&bersertifikat=1")).toBe(encode("bersertifikat=1&utm_source=x&kecamatan=klojen"));
    expect(encode("kecamatan=klojen")).not.toBe(encode("kecamatan=sukun"));
  });

  it("carries the kelurahan, so each kelurahan's page is cached apart", () => {
    const key = encode("kelurahan=35.73.02.1001&kecamatan=klojen");
    expect(key).not.toBe(encode("kelurahan=35.73.02.1002&kecamatan=klojen"));
    expect(decodeDirectoryQuery(key)).toEqual({ kecamatan: "klojen", kelurahan: "35.73.02.1001" });
  });

  it("round-trips Indonesian text, spaces and symbols", () => {
    const key = encode("q=kopi%20tugu%20%26%20teh%20%E2%80%93%20Ny.%20Liem&hal=2");
    expect(key).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeDirectoryQuery(key)).toEqual({ q: "kopi tugu & teh – Ny. Liem", hal: "2" });
  });

  it("keeps one character beyond the query limit so the page can say it was shortened", () => {
    const decoded = decodeDirectoryQuery(encode(`q=${"a".repeat(500)}`));
    expect(decoded.q).toHaveLength(MAX_QUERY_LENGTH + 1);
  });

  it("gives no filters for an empty query or a segment that is not a key", () => {
    expect(encode("")).toBe("-");
    expect(decodeDirectoryQuery("-")).toEqual({});
    expect(decodeDirectoryQuery("not a key!")).toEqual({});
  });
});
