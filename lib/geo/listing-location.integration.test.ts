import crypto from "node:crypto";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import en from "@/lib/i18n/messages/en/listing-form.json";
import id from "@/lib/i18n/messages/id/listing-form.json";
import { applyListingImport } from "@/lib/listing-csv/apply-import";
import { planListingImport } from "@/lib/listing-csv/plan-import";
import { readListingForm, toListingFieldErrors } from "@/lib/listings/listing-content";
import { getLocatedListingContentSchema } from "@/lib/listings/located-content-schema";
import { createSubsector, createUser } from "@/tests/support/factories";

const token = () => crypto.randomBytes(4).toString("hex");
// Universitas Brawijaya's campus, in Ketawanggede (Lowokwaru); a point in Kota Batu, just outside the city.
const ketawanggede = { latitude: "-7.9525", longitude: "112.6144" };
const batu = { latitude: "-7.8700", longitude: "112.5400" };

const columns = [
  "kind",
  "slug",
  "status",
  "name_id",
  "summary_id",
  "primary_subsector",
  "kecamatan",
  "latitude",
  "longitude",
];
type Row = Record<string, string>;
const toCsv = (rows: Row[]) => stringify([columns, ...rows.map((row) => columns.map((column) => row[column] ?? ""))]);

function formFor(fields: Record<string, string>, subsectorId: string) {
  const formData = new FormData();
  formData.set("nameIndonesian", "Studio Titik Uji");
  formData.set("summaryIndonesian", "Studio desain untuk menguji titik di peta.");
  formData.set("primarySubsectorId", subsectorId);
  for (const [key, value] of Object.entries(fields)) formData.set(key, value);
  const { input } = readListingForm(formData, "CREATIVE_BUSINESS");
  const parsed = getLocatedListingContentSchema("CREATIVE_BUSINESS").safeParse(input);
  return parsed.success
    ? { ok: true as const, content: parsed.data }
    : { ok: false as const, errors: toListingFieldErrors(parsed.error.issues, input) };
}

describe("a listing's point, as the owner's and staff's forms read it", () => {
  it("derives the kecamatan from the point", async () => {
    const subsector = await createSubsector();
    const result = formFor(ketawanggede, subsector.id);
    expect(result.ok && result.content.kecamatan).toBe("LOWOKWARU");
  });

  it("gives a per-field error, in both languages, for a point outside the city, a contradicting kecamatan and malformed coordinates", async () => {
    const subsector = await createSubsector();
    const cases: [Record<string, string>, string, string][] = [
      [batu, "latitude", "outsideMalang"],
      [{ ...ketawanggede, kecamatan: "KLOJEN" }, "kecamatan", "kecamatanContradictsPoint"],
      [{ latitude: "-7,95x", longitude: "112.61" }, "latitude", "coordinateInvalid"],
    ];
    for (const [fields, field, key] of cases) {
      const result = formFor(fields, subsector.id);
      expect(result.ok ? null : result.errors[field], key).toBe(key);
      expect((id.ListingForm.errors as Record<string, string>)[key], key).toBeTruthy();
      expect((en.ListingForm.errors as Record<string, string>)[key], key).toBeTruthy();
    }
  });
});

describe("a CSV import's points", () => {
  it("refuses rows whose point is outside the city, contradicts the kecamatan or is malformed, and writes nothing", async () => {
    const staff = await createUser({ role: "STAFF" });
    const subsector = await createSubsector();
    const name = `Titik Impor ${token()}`;
    const row = (overrides: Row): Row => ({
      kind: "CREATIVE_BUSINESS",
      status: "PUBLISHED",
      name_id: `${name} ${token()}`,
      summary_id: "Usaha kreatif yang diimpor untuk menguji titik.",
      primary_subsector: subsector.slug,
      ...overrides,
    });
    const text = toCsv([
      row(ketawanggede),
      row(batu),
      row({ ...ketawanggede, kecamatan: "klojen" }),
      row({ latitude: "selatan", longitude: "112.61" }),
    ]);
    const plan = await planListingImport(staff, text);
    if (!plan.ok) throw new Error("file refused");
    expect(plan.rows.map((planned) => [planned.action, planned.problems.map((p) => [p.column, p.key])])).toEqual([
      ["create", []],
      ["invalid", [["latitude", "outsideMalang"]]],
      ["invalid", [["kecamatan", "kecamatanContradictsPoint"]]],
      ["invalid", [["latitude", "coordinateInvalid"]]],
    ]);
    const applied = await applyListingImport(staff, { text, digest: plan.digest, createAnyway: [] });
    expect(applied.ok).toBe(false);
    expect(await prisma.listing.count({ where: { nameIndonesian: { startsWith: name } } })).toBe(0);
  });

  it("stores the kelurahan and kecamatan of a valid point", async () => {
    const staff = await createUser({ role: "STAFF" });
    const subsector = await createSubsector();
    const name = `Titik Sah ${token()}`;
    const text = toCsv([
      {
        kind: "CREATIVE_BUSINESS",
        status: "PUBLISHED",
        name_id: name,
        summary_id: "Usaha kreatif yang diimpor untuk menguji titik.",
        primary_subsector: subsector.slug,
        ...ketawanggede,
      },
    ]);
    const plan = await planListingImport(staff, text);
    if (!plan.ok) throw new Error("file refused");
    expect((await applyListingImport(staff, { text, digest: plan.digest, createAnyway: [] })).ok).toBe(true);
    const stored = await prisma.listing.findFirstOrThrow({
      where: { nameIndonesian: name },
      select: { kecamatan: true, kelurahan: { select: { code: true, bpsCode: true, name: true } } },
    });
    expect(stored).toEqual({
      kecamatan: "LOWOKWARU",
      kelurahan: { code: "35.73.05.1006", bpsCode: "3573050004", name: "Ketawanggede" },
    });
  });
});
