import { describe, expect, it } from "vitest";
import { readReturnPath } from "./return-path";

describe("readReturnPath", () => {
  it("keeps a path and query on this site", () => {
    expect(readReturnPath("/admin/sertifikasi/abc123")).toBe("/admin/sertifikasi/abc123");
    expect(readReturnPath("/en/admin/tugas?jenis=revisi")).toBe("/en/admin/tugas?jenis=revisi");
  });

  it.each([
    "https://jahat.example/admin",
    "//jahat.example/admin",
    "/\\jahat.example",
    "javascript:alert(1)",
    "admin/tugas",
    "/masuk",
    "/en/masuk?callbackUrl=/akun",
    "/api/auth/signout",
    "/%E0%A4%A",
    "/akun\n",
    `/${"x".repeat(1000)}`,
    "",
    undefined,
    ["/akun"],
  ])("refuses %j", (value) => {
    expect(readReturnPath(value)).toBeNull();
  });
});
