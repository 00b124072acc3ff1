import crypto from "node:crypto";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { writeXlsx } from "@/lib/spreadsheets/write-xlsx";
import { createSubsector, createUser } from "@/tests/support/factories";
import { applyListingImport } from "./apply-import";
import { planListingImport, readImportFile, type ImportPlan } from "./plan-import";

// Officials keep lists in Excel: the same rows as .xlsx and as .csv must give the same dry run, and applying the
// workbook's plan writes what the CSV's would.

const token = () => crypto.randomBytes(4).toString("hex");
const header = ["kind", "slug", "status", "name_id", "summary_id", "primary_subsector", "whatsapp_number", "is_sample"];

function okPlan(plan: ImportPlan) {
  if (!plan.ok) throw new Error(`file error: ${JSON.stringify(plan.error)}`);
  return plan;
}

async function readBoth(rows: string[][]) {
  const csvBytes = new TextEncoder().encode(stringify(rows, { record_delimiter: "windows" }));
  const xlsxBytes = new Uint8Array(await writeXlsx([{ name: "Listing", rows }]));
  const [csv, xlsx] = await Promise.all([readImportFile(csvBytes), readImportFile(xlsxBytes)]);
  if (!csv.ok || !xlsx.ok) throw new Error("unreadable");
  return { csv, xlsx };
}

describe("importing listings from an Excel workbook", () => {
  it("gives the same dry run as the CSV of the same rows, refusals included, and writes nothing", async () => {
    const staff = await createUser({ role: "STAFF" });
    const subsector = await createSubsector();
    const id = token();
    const rows = [
      header,
      [
        "CREATIVE_BUSINESS",
        `batik-excel-${id}`,
        "PUBLISHED",
        `Batik Excel ${id}`,
        "Batik tulis khas Malang.",
        subsector.slug,
        "",
        "true",
      ],
      // A formula-looking name and a line break survive as text.
      ["CREATIVE_BUSINESS", "", "DRAFT", `=Kopi "Excel" ${id}`, "Baris satu\nbaris dua.", subsector.slug, "", "true"],
      [
        "CREATIVE_BUSINESS",
        "",
        "PUBLISHED",
        `Salah WA ${id}`,
        "Nomor WhatsApp salah.",
        subsector.slug,
        "12345",
        "true",
      ],
      ["TOKO", "", "PUBLISHED", `Jenis Salah ${id}`, "Jenis tidak dikenal.", "tidak-ada", "", "true"],
    ];
    const { csv, xlsx } = await readBoth(rows);
    expect(xlsx.format).toBe("xlsx");
    expect(csv.format).toBe("csv");
    const before = await prisma.listing.count();

    const [fromCsv, fromXlsx] = [
      okPlan(await planListingImport(staff, csv.text)),
      okPlan(await planListingImport(staff, xlsx.text)),
    ];

    expect(fromXlsx.rows).toEqual(fromCsv.rows);
    expect(fromXlsx.counts).toEqual(fromCsv.counts);
    expect(fromXlsx.counts).toMatchObject({ create: 2, invalid: 2 });
    expect(fromXlsx.rows.map((row) => row.name)).toContain(`=Kopi "Excel" ${id}`);
    expect(fromXlsx.rows.find((row) => row.rowNumber === 4)!.problems.map((problem) => problem.column)).toContain(
      "whatsapp_number",
    );
    expect(await prisma.listing.count()).toBe(before);
  });

  it("applies the workbook's dry run: the listings the rows describe are created", async () => {
    const staff = await createUser({ role: "STAFF" });
    const subsector = await createSubsector();
    const id = token();
    const { xlsx } = await readBoth([
      header,
      [
        "CREATIVE_BUSINESS",
        `tenun-excel-${id}`,
        "PUBLISHED",
        `Tenun Excel ${id}`,
        "Tenun dari Excel.",
        subsector.slug,
        "",
        "true",
      ],
    ]);
    const plan = okPlan(await planListingImport(staff, xlsx.text));
    const result = await applyListingImport(staff, { text: xlsx.text, digest: plan.digest, createAnyway: [] });
    expect(result).toMatchObject({ ok: true, created: 1 });
    expect(
      await prisma.listing.findUnique({ where: { slug: `tenun-excel-${id}` }, select: { nameIndonesian: true } }),
    ).toEqual({
      nameIndonesian: `Tenun Excel ${id}`,
    });
  });

  it("refuses a damaged workbook with its own error", async () => {
    const damaged = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
    expect(await readImportFile(damaged)).toEqual({ ok: false, error: { key: "xlsxUnreadable" } });
  });
});
