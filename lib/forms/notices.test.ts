import { describe, expect, it } from "vitest";
import { notices, readNotice, withNotice } from "./notices";

describe("notices after a redirect", () => {
  it("put the code in ?hasil= after the parameters to keep, replacing any earlier one", () => {
    expect(withNotice("/admin/program", "programmes", "dibuat")).toBe("/admin/program?hasil=dibuat");
    const query = new URLSearchParams({ q: "kopi & teh", hasil: "gagal" });
    expect(withNotice("/admin/acara/x", "event", "peserta-ditambahkan", query)).toBe(
      "/admin/acara/x?q=kopi+%26+teh&hasil=peserta-ditambahkan",
    );
  });

  it("decode only the codes their page lists, with the message key and whether it is a failure", () => {
    expect(readNotice("programmes", "gagal")).toEqual({ code: "gagal", key: "results.gagal", isError: true });
    expect(readNotice("users", ["peran-diubah", "x"])).toEqual({
      code: "peran-diubah",
      key: "results.roleChanged",
      isError: false,
    });
    for (const value of [undefined, "", "toString", "__proto__", "dibuat ", "<b>"])
      expect(readNotice("programmes", value)).toBeNull();
    expect(readNotice("moderation", "dibuat")).toBeNull();
  });

  it("round-trip every listed code", () => {
    for (const [page, codes] of Object.entries(notices) as [keyof typeof notices, Record<string, unknown>][]) {
      for (const code of Object.keys(codes)) {
        const url = new URL(withNotice("/x", page, code as never), "https://portal.test");
        expect(readNotice(page, url.searchParams.get("hasil") ?? undefined)?.code).toBe(code);
      }
    }
  });
});
