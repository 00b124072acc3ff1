import { describe, expect, it } from "vitest";
import { getListingContentSchema } from "@/lib/listings/schemas";
import { diffConflictingVersions } from "./conflict";
import { newStaffListingFieldsSchema, readStaffListingForm, staffListingFieldsSchema } from "./schemas";

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
};

describe("staff-only listing fields", () => {
  it("reads a posted form, trimming and normalising what staff typed", () => {
    const { input, values } = readStaffListingForm(
      form({ slug: " Kopi-Tugu ", isSample: "1", nib: "1234 5678 90123", businessScale: "KECIL", sourceUrl: "" }),
      { isNew: false },
    );
    expect(values.isSample).toBe("1");
    expect(staffListingFieldsSchema.parse(input)).toEqual({
      slug: "kopi-tugu",
      isSample: true,
      nib: "1234567890123",
      businessScale: "KECIL",
      kbli: [],
    });
  });

  it("answers with i18n keys for bad values and refuses fields it does not know", () => {
    const result = staffListingFieldsSchema.safeParse({
      slug: "kopi tugu!",
      isSample: false,
      nib: "123",
      sourceUrl: "javascript:alert(1)",
      workforceBand: "BANYAK",
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(messages).toEqual({
      slug: "slugInvalid",
      nib: "nibInvalid",
      sourceUrl: "urlInvalid",
      workforceBand: "choiceInvalid",
    });
    expect(staffListingFieldsSchema.safeParse({ slug: "ok", isSample: false, version: 9 }).success).toBe(false);
  });

  it("lets a new listing leave its slug empty but not its status", () => {
    expect(newStaffListingFieldsSchema.parse({ slug: "", status: "DRAFT", isSample: false }).slug).toBeUndefined();
    expect(newStaffListingFieldsSchema.safeParse({ slug: "", status: "ARCHIVED", isSample: false }).success).toBe(
      false,
    );
  });
});

describe("a save conflict", () => {
  it("lists the fields where the editor's version and the saved one differ, staff fields included", () => {
    const content = (summaryIndonesian: string) =>
      getListingContentSchema("COMMUNITY").parse({
        nameIndonesian: "Komunitas Ilustrator Sukun",
        summaryIndonesian,
        primarySubsectorId: "s1",
        facts: { memberCount: 40 },
      });
    const staff = (slug: string, isSample: boolean) => staffListingFieldsSchema.parse({ slug, isSample });
    expect(
      diffConflictingVersions(
        { content: content("Ringkasan versi saya yang baru."), staff: staff("ilustrator-sukun", true) },
        { content: content("Ringkasan yang disimpan orang lain."), staff: staff("ilustrator-sukun", false) },
      ),
    ).toEqual([
      {
        field: "summaryIndonesian",
        yours: "Ringkasan versi saya yang baru.",
        saved: "Ringkasan yang disimpan orang lain.",
      },
      { field: "isSample", yours: "1", saved: "" },
    ]);
  });
});
