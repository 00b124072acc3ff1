import { describe, expect, it } from "vitest";
import { areEqualValues, describeChanges, describeUnknown, diffWords, flattenSnapshot } from "./describe-change";

const labels: Record<string, string> = {
  nameIndonesian: "Nama",
  summaryIndonesian: "Ringkasan",
  kecamatan: "Kecamatan",
  businessScale: "Skala usaha",
  socialLinks: "Media sosial",
  "facts.capacity": "Kapasitas",
  status: "Status",
  number: "Nomor",
  issuedOn: "Tanggal terbit",
};
const enumNames: Record<string, string> = { KEDUNGKANDANG: "Kedungkandang", MENENGAH: "Menengah", KECIL: "Kecil" };
const vocabulary = {
  label: (key: string) => labels[key] ?? key,
  valueName: (_key: string, value: string | number | boolean) =>
    typeof value === "boolean" ? (value ? "ya" : "tidak") : (enumNames[String(value)] ?? null),
};

describe("diffWords", () => {
  it("marks only the words that changed, keeping the rest as they were", () => {
    expect(diffWords("Komunitas foto di Klojen tiap Minggu.", "Komunitas foto di Alun-Alun Tugu tiap Minggu.")).toEqual(
      [
        { type: "same", text: "Komunitas foto di " },
        { type: "removed", text: "Klojen" },
        { type: "added", text: "Alun-Alun Tugu" },
        { type: "same", text: " tiap Minggu." },
      ],
    );
  });

  it("joins neighbouring changed words into one replaced phrase", () => {
    expect(diffWords("the quick fox", "a slow fox")).toEqual([
      { type: "removed", text: "the quick" },
      { type: "added", text: "a slow" },
      { type: "same", text: " fox" },
    ]);
  });

  it("keeps the space before a change outside the marked words", () => {
    expect(diffWords("Tas anyaman.", "Tas anyaman. Kini juga pesanan.")).toEqual([
      { type: "same", text: "Tas anyaman. " },
      { type: "added", text: "Kini juga pesanan." },
    ]);
  });

  it("shows pure additions and removals", () => {
    expect(diffWords("", "baru")).toEqual([{ type: "added", text: "baru" }]);
    expect(diffWords("lama sekali", "lama")).toEqual([
      { type: "same", text: "lama " },
      { type: "removed", text: "sekali" },
    ]);
  });

  it("reassembles both texts exactly from its parts", () => {
    const before = "Satu dua tiga empat lima enam tujuh";
    const after = "Satu tiga empat sembilan lima tujuh delapan";
    const parts = diffWords(before, after);
    const side = (skip: string) =>
      parts
        .filter((part) => part.type !== skip)
        .map((part) => part.text)
        .join("")
        .replace(/\s+/g, " ")
        .trim();
    expect(side("added")).toBe(before);
    expect(side("removed")).toBe(after);
  });

  it("falls back to replaced text for very long inputs instead of doing quadratic work", () => {
    const long = Array.from({ length: 1000 }, (_, index) => `kata${index}`).join(" ");
    const parts = diffWords(long, `${long} tambahan`);
    expect(parts).toEqual([
      { type: "removed", text: long },
      { type: "added", text: `${long} tambahan` },
    ]);
  });
});

describe("normalised comparison", () => {
  it("treats social links reordered by the database (key order and list order) as equal", () => {
    const fromForm = [
      { network: "instagram", url: "https://instagram.com/a" },
      { network: "tiktok", url: "https://tiktok.com/@a" },
    ];
    const fromJsonb = [
      { url: "https://tiktok.com/@a", network: "tiktok" },
      { url: "https://instagram.com/a", network: "instagram" },
    ];
    expect(areEqualValues("socialLinks", fromJsonb, fromForm)).toBe(true);
    expect(areEqualValues("socialLinks", fromJsonb, [fromForm[0]])).toBe(false);
  });

  it("treats null, empty text, whitespace and an empty list as the same empty value", () => {
    expect(areEqualValues("address", null, "")).toBe(true);
    expect(areEqualValues("address", undefined, "  ")).toBe(true);
    expect(areEqualValues("tags", [], null)).toBe(true);
    expect(areEqualValues("tags", ["a", "b"], ["b", "a"])).toBe(false);
  });

  it("no longer reports a social-media change on an owner edit that did not touch it", () => {
    const stored = {
      nameIndonesian: "Studio",
      socialLinks: [{ url: "https://instagram.com/s", network: "instagram" }],
    };
    const proposed = {
      nameIndonesian: "Studio Baru",
      socialLinks: [{ network: "instagram", url: "https://instagram.com/s" }],
    };
    const changed = describeChanges(stored, proposed, vocabulary).filter((change) => change.isChanged);
    expect(changed.map((change) => change.key)).toEqual(["nameIndonesian"]);
  });
});

describe("describeChanges", () => {
  it("flattens a listing snapshot's content and facts into form fields", () => {
    expect(
      flattenSnapshot({ version: 3, content: { nameIndonesian: "A", facts: { capacity: 40 } }, slug: "a" }),
    ).toEqual({
      version: 3,
      nameIndonesian: "A",
      "facts.capacity": 40,
      slug: "a",
    });
  });

  it("labels fields and enum values in the reader's words and keeps unchanged fields apart", () => {
    const changes = describeChanges(
      {
        version: 1,
        content: { nameIndonesian: "Kopi", kecamatan: "KLOJEN", facts: { capacity: 40 } },
        businessScale: "KECIL",
      },
      {
        version: 2,
        content: { nameIndonesian: "Kopi", kecamatan: "KEDUNGKANDANG", facts: { capacity: 40 } },
        businessScale: "MENENGAH",
      },
      vocabulary,
    );
    const changed = changes.filter((change) => change.isChanged);
    // The data version is bookkeeping, not a change anyone made.
    expect(changed.map((change) => change.label)).toEqual(["Kecamatan", "Skala usaha"]);
    expect(changed.find((change) => change.key === "kecamatan")?.after).toEqual({
      kind: "text",
      text: "Kedungkandang",
    });
    expect(changed.find((change) => change.key === "businessScale")?.after).toEqual({ kind: "text", text: "Menengah" });
    expect(changes.find((change) => change.key === "facts.capacity")).toMatchObject({
      label: "Kapasitas",
      isChanged: false,
    });
  });

  it("gives prose a word-level difference but not codes or numbers", () => {
    const [summary, number] = describeChanges(
      { summaryIndonesian: "Kedai kopi kecil di Klojen.", number: "A-1 B" },
      { summaryIndonesian: "Kedai kopi besar di Klojen.", number: "A-2 B" },
      vocabulary,
    );
    expect(summary?.words).toContainEqual({ type: "removed", text: "kecil" });
    expect(summary?.words).toContainEqual({ type: "added", text: "besar" });
    expect(number?.isChanged).toBe(true);
    expect(number?.words).toBeUndefined();
  });

  it("does not call a field removed when the entry simply did not record it (a revoked certificate)", () => {
    const changes = describeChanges(
      { status: "CERTIFIED", number: "HKI-1", issuedOn: "2025-01-02" },
      { status: "REVOKED", note: "Dicabut DJKI." },
      vocabulary,
    );
    expect(changes.filter((change) => change.isChanged).map((change) => change.key)).toEqual(["status", "note"]);
    expect(changes.find((change) => change.key === "number")).toMatchObject({
      isChanged: false,
      after: { kind: "absent" },
    });
  });

  it("lists every recorded field of a new record and every field of a removed one", () => {
    const created = describeChanges(null, { nameIndonesian: "Baru", address: "" }, vocabulary);
    expect(created.filter((change) => change.isChanged).map((change) => change.key)).toEqual(["nameIndonesian"]);
    const removed = describeChanges({ managerEmail: "a@b.id" }, null, vocabulary);
    expect(removed[0]).toMatchObject({ isChanged: true, before: { kind: "text", text: "a@b.id" } });
  });

  it("shows stored files as images and social links as readable pairs, never JSON", () => {
    const [social, logo] = describeChanges(
      { logoFileId: "old", socialLinks: [] },
      { logoFileId: "new", socialLinks: [{ network: "instagram", url: "https://instagram.com/x" }] },
      vocabulary,
    );
    expect(logo).toMatchObject({
      before: { kind: "images", fileIds: ["old"] },
      after: { kind: "images", fileIds: ["new"] },
    });
    expect(social?.after).toEqual({ kind: "list", items: ["instagram: https://instagram.com/x"] });
  });

  it("lists fields in the form's order, not in the order jsonb stored them", () => {
    const stored = { kecamatan: "KLOJEN", summaryIndonesian: "Kecil.", businessScale: "KECIL", nameIndonesian: "A" };
    const changes = describeChanges(stored, { ...stored, kecamatan: "SUKUN", summaryIndonesian: "Besar." }, vocabulary);
    expect(changes.map((change) => change.key)).toEqual([
      "nameIndonesian",
      "summaryIndonesian",
      "kecamatan",
      "businessScale",
    ]);
  });

  it("hides anything that looks like a secret", () => {
    const [secret] = describeChanges({ passwordHash: "x" }, { passwordHash: "y" }, vocabulary);
    expect(secret).toMatchObject({ isChanged: false, before: { kind: "absent" }, after: { kind: "absent" } });
  });

  it("names booleans with the vocabulary", () => {
    const [flag] = describeChanges({ isHidden: false }, { isHidden: true }, vocabulary);
    expect(flag?.after).toEqual({ kind: "text", text: "ya" });
  });
});

describe("describeUnknown", () => {
  it("spells out an unknown shape as key/value pairs", () => {
    expect(describeUnknown({ a: 1, b: { c: "d" }, e: [1, 2] })).toBe("a: 1; b: c: d; e: 1, 2");
  });
});
