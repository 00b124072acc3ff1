import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseDirectoryFilters } from "@/lib/directory/filters";
import { encodeDirectoryQuery, decodeDirectoryQuery } from "@/lib/directory/cache-key";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "@/lib/directory/markers";
import { parseAdminListingFilters } from "@/lib/admin-listings/filters";
import { getListingContentSchema } from "@/lib/listings/schemas";
import { enquirySchema } from "@/lib/enquiries/schemas";
import {
  cleanText,
  hasControlCharacters,
  readFields,
  readQueryText,
  readSlug,
  readText,
  readTexts,
  text,
} from "./text";

const allControls = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join("") + "\u007f";

describe("cleanText", () => {
  it("removes every C0 control character and DEL from one-line text, turning tab and line breaks into spaces", () => {
    expect(cleanText(`a${allControls}b`)).toBe("a   b"); // tab, line feed and carriage return
    expect(hasControlCharacters(cleanText(`x\u0000y\u0002z\u0003\r\n`))).toBe(false);
  });

  it("keeps tab and line breaks (CR LF as typed) in multi-line text, and turns a lone CR into LF", () => {
    expect(cleanText("satu\r\ndua\rtiga\tempat\u0000\u0007", { multiline: true })).toBe("satu\r\ndua\ntiga\tempat");
  });

  it("leaves ordinary text, including non-Latin letters and emoji, as it is", () => {
    const value = "Kopi Kayutangan — café ☕ 𝓜alang, ñ";
    expect(cleanText(value)).toBe(value);
  });
});

describe("form and query readers", () => {
  it("read text fields cleaned, and nothing for files or absent fields", () => {
    const formData = new FormData();
    formData.set("name", "Ra\u0000ni\u0002");
    formData.append("tags", "a\u0003");
    formData.append("tags", new File(["x"], "x.txt"));
    formData.set("file", new File(["x"], "x.txt"));
    expect(readText(formData, "name")).toBe("Rani");
    expect(readText(formData, "file")).toBe("");
    expect(readText(formData, "missing")).toBe("");
    expect(readTexts(formData, "tags")).toEqual(["a"]);
  });

  it("read several fields at once, each like readText", () => {
    const formData = new FormData();
    formData.set("name", "Ra\u0000ni");
    formData.set("file", new File(["x"], "x.txt"));
    expect(readFields(formData, ["name", "file", "missing"])).toEqual({ name: "Rani", file: "", missing: "" });
  });

  it("read the first query value cleaned and trimmed", () => {
    expect(readQueryText(["  kopi\u0000 ", "teh"])).toBe("kopi");
    expect(readQueryText(undefined)).toBe("");
  });

  it("accept only slug-shaped path segments", () => {
    expect(readSlug("kopi-kayutangan-2")).toBe("kopi-kayutangan-2");
    for (const bad of ["Kopi", "kopi\u0000", "kopi--x", "-kopi", "", "a".repeat(201), "%00"])
      expect(readSlug(bad)).toBeNull();
  });
});

describe("schemas built on text()", () => {
  it("store no control character, whatever is posted", () => {
    const schema = getListingContentSchema("CREATIVE_BUSINESS");
    const parsed = schema.safeParse({
      nameIndonesian: "Kopi\u0000\u0002Malang\u0003",
      summaryIndonesian: "Ringkasan\u0001 yang cukup panjang\u001f.",
      descriptionIndonesian: "Baris satu\u0000\nBaris dua\u0002",
      primarySubsectorId: "kuliner",
    });
    expect(parsed.error?.issues).toBeUndefined();
    const data = parsed.success ? parsed.data : null;
    expect(data).toMatchObject({
      nameIndonesian: "KopiMalang",
      summaryIndonesian: "Ringkasan yang cukup panjang.",
      descriptionIndonesian: "Baris satu\nBaris dua",
    });
  });

  it("still measure the cleaned text: control characters cannot pad a field past its minimum", () => {
    const parsed = enquirySchema.safeParse({
      listingId: "x",
      name: "\u0000\u0000\u0000A",
      email: "warga@contoh.id",
      message: "Halo, apakah buka hari Minggu?",
    });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(z.flattenError(parsed.error).fieldErrors).toHaveProperty("name");
  });

  it("chain like z.string()", () => {
    expect(text().trim().min(2).safeParse(" \u0000a\u0000 ").success).toBe(false);
    expect(text().trim().max(3).parse(" a\u0007b ")).toBe("ab");
  });
});

describe("search highlight markers", () => {
  it("cannot come from the query string", () => {
    const { filters } = parseDirectoryFilters(
      { q: `kopi${HIGHLIGHT_START}<b>${HIGHLIGHT_END}` },
      { knownSubsectorSlugs: [] },
    );
    expect(filters.q).toBe("kopi<b>");
    const decoded = decodeDirectoryQuery(
      encodeDirectoryQuery(new URLSearchParams({ q: `a${HIGHLIGHT_START}b\u0000` })),
    );
    expect(decoded.q).toBe("ab");
  });

  it("nor from staff filters", () => {
    const filters = parseAdminListingFilters({ q: "a\u0000b", subsektor: "\u0000" }, { subsectorSlugs: [] });
    expect(JSON.stringify(filters)).not.toMatch(/\\u000[0-3]/);
  });
});
