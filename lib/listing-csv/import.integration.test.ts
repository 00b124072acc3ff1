import crypto from "node:crypto";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { ForbiddenError } from "@/lib/auth/assert-role";
import { createListing, createSubsector, createUser } from "@/tests/support/factories";
import { applyListingImport } from "./apply-import";
import { planListingImport, type ImportPlan } from "./plan-import";

const token = () => crypto.randomBytes(4).toString("hex");
const columns = [
  "kind",
  "slug",
  "external_id",
  "status",
  "name_id",
  "summary_id",
  "primary_subsector",
  "other_subsectors",
  "whatsapp_number",
  "is_sample",
] as const;
type Row = Partial<Record<(typeof columns)[number], string>>;

const toCsv = (rows: Row[]) =>
  stringify([[...columns], ...rows.map((row) => columns.map((column) => row[column] ?? ""))], {
    record_delimiter: "windows",
  });

async function setUp() {
  const staff = await createUser({ role: "STAFF" });
  const subsector = await createSubsector();
  const other = await createSubsector();
  const row = (overrides: Row): Row => ({
    kind: "CREATIVE_BUSINESS",
    status: "PUBLISHED",
    summary_id: "Usaha kreatif yang diimpor dari berkas CSV.",
    primary_subsector: subsector.slug,
    is_sample: "true",
    ...overrides,
  });
  return { staff, subsector, other, row };
}

function okPlan(plan: ImportPlan) {
  if (!plan.ok) throw new Error(`file error: ${JSON.stringify(plan.error)}`);
  return plan;
}

describe("planning an import (dry run)", () => {
  it("says row by row what would be created, updated, flagged as a duplicate or refused, and writes nothing", async () => {
    const { staff, subsector, other, row } = await setUp();
    const id = token();
    const existing = await createListing({
      primarySubsectorId: subsector.id,
      slug: `galeri-batik-${id}`,
      nameIndonesian: `Galeri Batik ${id}`,
      summaryIndonesian: "Ringkasan lama galeri batik.",
      externalId: `ext-${id}`,
    });
    const lookalike = await createListing({
      primarySubsectorId: subsector.id,
      nameIndonesian: `Kopi Tugu Malang ${id}`,
    });
    const text = toCsv([
      row({
        slug: existing.slug,
        external_id: `ext-${id}`,
        name_id: existing.nameIndonesian,
        summary_id: "Ringkasan baru galeri batik di Klojen.",
      }),
      row({ external_id: `ext-${id}`, name_id: existing.nameIndonesian, summary_id: "Ringkasan baru galeri batik." }),
      row({ name_id: `Studio Animasi Baru ${id}`, other_subsectors: other.slug, slug: `studio-animasi-${id}` }),
      row({ name_id: `Kopi Tugu Malang ${id}` }),
      row({ name_id: `Warung Salah ${id}`, whatsapp_number: "12345" }),
      row({ name_id: `Subsektor Salah ${id}`, primary_subsector: "tidak-ada", kind: "TOKO" }),
    ]);
    const before = await prisma.listing.count();

    const plan = okPlan(await planListingImport(staff, text));

    expect(plan.rows.map((planned) => [planned.rowNumber, planned.action])).toEqual([
      [2, "update"],
      [3, "invalid"],
      [4, "create"],
      [5, "duplicate"],
      [6, "invalid"],
      [7, "invalid"],
    ]);
    expect(plan.rows[0]).toMatchObject({ slug: existing.slug, changedColumns: ["summary_id"] });
    // Row 3 names the same listing by its external id: the second row for one listing is refused.
    expect(plan.rows[1]!.problems).toEqual([{ column: "external_id", key: "repeatedInFile", detail: "2" }]);
    expect(plan.rows[2]).toMatchObject({ slug: `studio-animasi-${id}`, kind: "CREATIVE_BUSINESS" });
    expect(plan.rows[3]!.similar).toEqual([
      { nameIndonesian: lookalike.nameIndonesian, kind: "CREATIVE_BUSINESS", slug: lookalike.slug, rowNumber: null },
    ]);
    expect(plan.rows[4]!.problems).toEqual([{ column: "whatsapp_number", key: "whatsappInvalid", detail: undefined }]);
    expect(plan.rows[5]!.problems).toEqual(
      expect.arrayContaining([
        { column: "kind", key: "kindInvalid" },
        { column: "primary_subsector", key: "subsectorUnknown", detail: "tidak-ada" },
      ]),
    );
    expect(plan.counts).toEqual({ create: 1, update: 1, unchanged: 0, duplicate: 1, invalid: 3 });
    expect(await prisma.listing.count()).toBe(before);
    expect(await prisma.listing.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({
      summaryIndonesian: "Ringkasan lama galeri batik.",
    });
  });

  it("refuses slugs it cannot use and kind changes, and flags the same new name twice in one file", async () => {
    const { staff, subsector, row } = await setUp();
    const id = token();
    const existing = await createListing({ primarySubsectorId: subsector.id, externalId: `x-${id}` });
    const campus = await createListing({ primarySubsectorId: subsector.id });
    await prisma.slugRedirect.create({ data: { oldSlug: `nama-lama-${id}`, listingId: existing.id } });
    const plan = okPlan(
      await planListingImport(
        staff,
        toCsv([
          row({ slug: `nama-lama-${id}`, name_id: `Nama Baru ${id}` }),
          row({ slug: `slug-lain-${id}`, external_id: `x-${id}`, name_id: existing.nameIndonesian }),
          row({ slug: campus.slug, kind: "CAMPUS", name_id: campus.nameIndonesian }),
          row({ slug: "Bukan Slug!", name_id: `Nama Lain ${id}` }),
          row({ name_id: `Sanggar Tari Kembar ${id}` }),
          row({ name_id: `sanggar tari  kembar ${id}` }),
        ]),
      ),
    );
    expect(plan.rows.map((planned) => planned.problems.map((problem) => problem.key))).toEqual([
      ["slugTaken"],
      ["slugMismatch"],
      ["kindChangeNotAllowed"],
      ["slugInvalid"],
      [],
      [],
    ]);
    expect(plan.rows[5]).toMatchObject({ action: "duplicate", similar: [expect.objectContaining({ rowNumber: 6 })] });
  });

  it("is for staff only", async () => {
    const owner = await createUser();
    await expect(planListingImport(owner, "kind\n")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(planListingImport(null, "kind\n")).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("applying an import", () => {
  it("writes nothing at all when one row is invalid", async () => {
    const { staff, row } = await setUp();
    const id = token();
    const text = toCsv([row({ name_id: `Baik Satu ${id}` }), row({ name_id: `Buruk ${id}`, status: "TERBIT" })]);
    const plan = await planListingImport(staff, text);
    const result = await applyListingImport(staff, { text, digest: plan.ok ? plan.digest : "", createAnyway: [] });
    expect(result).toMatchObject({ ok: false, error: "rowsInvalid" });
    expect(await prisma.listing.count({ where: { nameIndonesian: { contains: id } } })).toBe(0);
    expect(
      await prisma.auditLog.count({ where: { action: { startsWith: "listing.import" }, actorId: staff.id } }),
    ).toBe(0);
  });

  it("creates and updates in one go, with one audit entry per listing and a summary; duplicates only when ticked", async () => {
    const { staff, subsector, other, row } = await setUp();
    const id = token();
    const existing = await createListing({
      primarySubsectorId: subsector.id,
      nameIndonesian: `Percetakan Sablon ${id}`,
      status: "DRAFT",
      summaryIndonesian: "Ringkasan lama percetakan.",
    });
    await createListing({ primarySubsectorId: subsector.id, nameIndonesian: `Toko Gerabah Dinoyo ${id}` });
    await createListing({ primarySubsectorId: subsector.id, nameIndonesian: `Toko Topeng Malangan ${id}` });
    const text = toCsv([
      row({ slug: existing.slug, name_id: existing.nameIndonesian, other_subsectors: other.slug, status: "PUBLISHED" }),
      row({ name_id: `Kedai Kopi Lereng Arjuno ${id}`, whatsapp_number: "0812-3456-7890", external_id: `k-${id}` }),
      row({ name_id: `Toko Gerabah Dinoyo ${id}` }),
      row({ name_id: `Toko Topeng Malangan ${id}` }),
    ]);
    const plan = okPlan(await planListingImport(staff, text));
    expect(plan.rows.map((planned) => planned.action)).toEqual(["update", "create", "duplicate", "duplicate"]);

    const result = await applyListingImport(staff, { text, digest: plan.digest, createAnyway: [5] });

    expect(result).toMatchObject({ ok: true, created: 2, updated: 1, unchanged: 0, skipped: 1 });
    const created = await prisma.listing.findMany({
      where: { createdById: staff.id },
      orderBy: { nameIndonesian: "asc" },
    });
    expect(created).toHaveLength(2);
    expect(created[0]).toMatchObject({
      slug: `kedai-kopi-lereng-arjuno-${id}`,
      status: "PUBLISHED",
      whatsappNumber: "6281234567890",
      externalId: `k-${id}`,
      createdById: staff.id,
      isSample: true,
    });
    expect(created[0]!.publishedAt).toBeInstanceOf(Date);
    expect(await prisma.listing.count({ where: { nameIndonesian: `Toko Gerabah Dinoyo ${id}` } })).toBe(1);

    const updated = await prisma.listing.findUniqueOrThrow({
      where: { id: existing.id },
      include: { otherSubsectors: true },
    });
    expect(updated).toMatchObject({ status: "PUBLISHED", summaryIndonesian: row({}).summary_id, version: 2 });
    expect(updated.publishedAt).toBeInstanceOf(Date);
    expect(updated.otherSubsectors.map((link) => link.subsectorId)).toEqual([other.id]);

    const entries = await prisma.auditLog.findMany({
      where: { actorId: staff.id, action: { startsWith: "listing.import" } },
      orderBy: { action: "asc" },
    });
    expect(entries.map((entry) => [entry.action, entry.entityId])).toEqual(
      expect.arrayContaining([
        ["listing.import", plan.fileHash],
        ["listing.import.create", created[0]!.id],
        ["listing.import.create", created[1]!.id],
        ["listing.import.update", existing.id],
      ]),
    );
    expect(entries).toHaveLength(4);
    const update = entries.find((entry) => entry.action === "listing.import.update")!;
    expect(update.before).toMatchObject({ status: "DRAFT", summary_id: "Ringkasan lama percetakan." });
    expect(update.after).toMatchObject({ row: 2, status: "PUBLISHED", other_subsectors: other.slug });
    expect(entries.find((entry) => entry.action === "listing.import")!.after).toMatchObject({
      rows: 4,
      created: 2,
      updated: 1,
      skipped: 1,
      createdAnyway: 1,
    });

    // The same file again changes nothing more (the new listing is now found by its external id).
    const again = okPlan(await planListingImport(staff, text));
    expect(again.rows.map((planned) => planned.action)).toEqual(["unchanged", "unchanged", "duplicate", "duplicate"]);
  });

  it("rolls everything back when the database fails part-way", async () => {
    const { staff, subsector, row } = await setUp();
    const id = token();
    const existing = await createListing({
      primarySubsectorId: subsector.id,
      summaryIndonesian: "Ringkasan sebelum impor.",
    });
    // A trigger that refuses one particular new listing stands in for any failure inside the transaction.
    await prisma.$executeRaw(
      Prisma.raw(`
      CREATE FUNCTION refuse_listing_${id}() RETURNS trigger AS $$
      BEGIN
        IF NEW."nameId" = 'Gagal Ditulis ${id}' THEN RAISE EXCEPTION 'refused for the test'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`),
    );
    await prisma.$executeRaw(
      Prisma.raw(
        `CREATE TRIGGER refuse_listing_${id} BEFORE INSERT ON "Listing" FOR EACH ROW EXECUTE FUNCTION refuse_listing_${id}()`,
      ),
    );
    try {
      const text = toCsv([
        row({
          slug: existing.slug,
          name_id: existing.nameIndonesian,
          summary_id: "Ringkasan sesudah impor yang gagal.",
        }),
        row({ name_id: `Berhasil Ditulis ${id}`, slug: `berhasil-${id}` }),
        row({ name_id: `Gagal Ditulis ${id}` }),
      ]);
      const plan = okPlan(await planListingImport(staff, text));
      expect(plan.counts).toMatchObject({ update: 1, create: 2 });
      await expect(applyListingImport(staff, { text, digest: plan.digest, createAnyway: [] })).rejects.toThrow();
    } finally {
      await prisma.$executeRaw(Prisma.raw(`DROP TRIGGER refuse_listing_${id} ON "Listing"`));
      await prisma.$executeRaw(Prisma.raw(`DROP FUNCTION refuse_listing_${id}()`));
    }
    expect(await prisma.listing.count({ where: { nameIndonesian: { contains: id } } })).toBe(0);
    expect(await prisma.listing.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({
      summaryIndonesian: "Ringkasan sebelum impor.",
      version: 1,
    });
    expect(await prisma.auditLog.count({ where: { actorId: staff.id } })).toBe(0);
  });

  it("refuses to apply when the plan changed since the dry run, and writes nothing", async () => {
    const { staff, subsector, row } = await setUp();
    const id = token();
    const text = toCsv([row({ name_id: `Rumah Produksi ${id}`, slug: `rumah-produksi-${id}` })]);
    const plan = okPlan(await planListingImport(staff, text));
    await createListing({ primarySubsectorId: subsector.id, slug: `rumah-produksi-${id}`, nameIndonesian: "Lain" });

    const result = await applyListingImport(staff, { text, digest: plan.digest, createAnyway: [] });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe("planChanged");
    expect(result.plan.ok && result.plan.rows[0]!.action).toBe("update");
    expect(await prisma.listing.count({ where: { nameIndonesian: `Rumah Produksi ${id}` } })).toBe(0);
  });

  it("is for staff only, whatever the role in the session claims", async () => {
    const { row } = await setUp();
    const owner = await createUser();
    const demoted = await createUser({ role: "OWNER" });
    const text = toCsv([row({ name_id: `Tidak Boleh ${token()}` })]);
    await expect(applyListingImport(owner, { text, digest: "", createAnyway: [] })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      applyListingImport({ id: demoted.id, role: "STAFF" }, { text, digest: "", createAnyway: [] }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
