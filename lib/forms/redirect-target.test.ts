import { describe, expect, it } from "vitest";
import { readRecordId, recordPath } from "./redirect-target";

describe("recordPath", () => {
  it("puts an id of the portal's shape into the path", () => {
    expect(recordPath("/admin/angka", "cmf3k2x9a0000qz8h1b2c3d4e")).toBe("/admin/angka/cmf3k2x9a0000qz8h1b2c3d4e");
  });

  it("falls back for anything else, so a Location header never carries what the client sent", () => {
    for (const id of ["x".repeat(50_000), "", "a/b", "../akun", "a?b", "a#b", "<script>", "a\u0000", "a b"]) {
      expect(recordPath("/admin/angka", id)).toBe("/admin/angka");
      expect(recordPath("/akun/listing", id, "/akun")).toBe("/akun");
      expect(readRecordId(id)).toBeNull();
    }
  });
});
