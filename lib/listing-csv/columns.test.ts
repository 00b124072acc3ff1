import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listingCsvColumns, readListingCsvRecord, toListingCsvRecord, type CsvListing } from "./columns";
import { protectFormula, readListingCsv, stringifyListingCsv, unprotectFormula, UTF8_BOM } from "./csv-text";

const subsectors = new Map([
  ["kuliner", "sub-kuliner"],
  ["kriya", "sub-kriya"],
  ["fotografi", "sub-fotografi"],
]);

const listing: CsvListing = {
  kind: "CREATIVE_BUSINESS",
  slug: "kue-lapis-legit-ny-liem-blimbing",
  externalId: "disporapar:2024/0012",
  status: "PUBLISHED",
  nameIndonesian: "Kue Lapis Legit Ny. Liem – Blimbing",
  nameEn: "Mrs. Liem's Layer Cake – Blimbing",
  summaryIndonesian: 'Lapis legit "asli" sejak 1985, omzet Rp2 miliar per tahun, dikirim ke seluruh Jawa.',
  summaryEn: "Layer cake since 1985, turnover Rp2 billion a year.",
  descriptionIndonesian:
    "Baris pertama, dengan koma.\nBaris kedua: café, naïve, résumé, Ñoño.\r\nBaris ketiga; 'kutip'.",
  descriptionEn: "=1+1 is text, not a formula",
  primarySubsector: { slug: "kuliner" },
  otherSubsectors: [{ subsector: { slug: "kriya" } }, { subsector: { slug: "fotografi" } }],
  kecamatan: "BLIMBING",
  address: "Jl. Borobudur No. 9, Blimbing, Kota Malang",
  latitude: { toString: () => "-7.936500" },
  longitude: 112.6432,
  websiteUrl: "https://lapislegit.contoh.id/tentang?a=1,2",
  email: "halo@lapislegit.contoh.id",
  phone: "+62 341 491234",
  whatsappNumber: "6281234567890",
  socialLinks: [
    { url: "https://instagram.com/lapislegit", network: "instagram" },
    { network: "tiktok", url: "https://www.tiktok.com/@lapislegit" },
  ],
  foundedYear: 1985,
  tags: ["kue", "oleh-oleh", "lapis legit"],
  facts: { products: ["Lapis legit, ukuran 20×20 cm", 'Spekkoek "premium"'] },
  isSample: true,
  sourceName: "Pendataan Disporapar 2024",
  sourceUrl: "https://disporapar.contoh.id/data",
  lastVerifiedAt: new Date("2025-06-01T02:00:00.000Z"),
};

function parseBack(text: string) {
  const file = readListingCsv(text, { maxRows: 10 });
  if (!file.ok) throw new Error(JSON.stringify(file.error));
  return file;
}

describe("listing CSV columns", () => {
  it("round-trips a listing with quotes, commas, line breaks, Rp amounts and Indonesian and diacritic characters", () => {
    const record = toListingCsvRecord(listing);
    const text = UTF8_BOM + stringifyListingCsv([record], { header: true });

    expect(text.startsWith(`${UTF8_BOM}${listingCsvColumns.join(",")}\r\n`)).toBe(true);
    // A line break inside a value is quoted, so it stays inside its cell.
    expect(text).toContain('"Baris pertama, dengan koma.\nBaris kedua');
    expect(text).toContain('"Lapis legit ""asli"" sejak 1985, omzet Rp2 miliar');

    const file = parseBack(text);
    expect(file.columns).toEqual([...listingCsvColumns]);
    expect(file.rows).toEqual([{ rowNumber: 2, cells: record }]);

    const read = readListingCsvRecord(file.rows[0]!.cells as typeof record, subsectors);
    expect(read).toEqual({
      ok: true,
      kind: "CREATIVE_BUSINESS",
      content: {
        nameIndonesian: "Kue Lapis Legit Ny. Liem – Blimbing",
        nameEn: "Mrs. Liem's Layer Cake – Blimbing",
        summaryIndonesian: listing.summaryIndonesian,
        summaryEn: listing.summaryEn,
        descriptionIndonesian: listing.descriptionIndonesian,
        descriptionEn: "=1+1 is text, not a formula",
        primarySubsectorId: "sub-kuliner",
        otherSubsectorIds: ["sub-kriya", "sub-fotografi"],
        kecamatan: "BLIMBING",
        address: listing.address,
        latitude: -7.9365,
        longitude: 112.6432,
        websiteUrl: listing.websiteUrl,
        email: listing.email,
        phone: "+62 341 491234",
        whatsappNumber: "6281234567890",
        socialLinks: [
          { network: "instagram", url: "https://instagram.com/lapislegit" },
          { network: "tiktok", url: "https://www.tiktok.com/@lapislegit" },
        ],
        foundedYear: 1985,
        tags: ["kue", "oleh-oleh", "lapis legit"],
        facts: { products: ["Lapis legit, ukuran 20×20 cm", 'Spekkoek "premium"'] },
      },
      staff: {
        status: "PUBLISHED",
        isSample: true,
        externalId: "disporapar:2024/0012",
        sourceName: "Pendataan Disporapar 2024",
        sourceUrl: "https://disporapar.contoh.id/data",
        lastVerifiedAt: new Date("2025-06-01T02:00:00.000Z"),
      },
    });
  });

  it("writes values a spreadsheet would run as formulas with a leading apostrophe, but not plain numbers", () => {
    const text = stringifyListingCsv([toListingCsvRecord(listing)], { header: false });
    expect(text).toContain(`,"'=1+1 is text, not a formula",`);
    expect(text).toContain(",'+62 341 491234,");
    expect(text).toContain(",-7.9365,112.6432,");
  });

  it("restores every string it protects", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(unprotectFormula(protectFormula(value))).toBe(value);
      }),
    );
    for (const value of ["=SUM(A1)", "'=x", "''+1", "@user", "-", "-7.5", "plain"])
      expect(unprotectFormula(protectFormula(value))).toBe(value);
    expect(protectFormula("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(protectFormula("'=x")).toBe("''=x");
  });

  it("reports each invalid cell by its column with an i18n key", () => {
    const record = {
      ...toListingCsvRecord(listing),
      kind: "TOKO",
      name_id: "ab",
      primary_subsector: "tidak-ada",
      latitude: "-7,95",
      longitude: "112.6",
      social_links: "instagram=bukan-alamat",
      facts: "{products:",
      status: "TERBIT",
      is_sample: "ya",
      last_verified_at: "kemarin",
      website_url: "lapislegit.contoh.id",
    };
    const read = readListingCsvRecord(record, subsectors);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual(
      expect.arrayContaining([
        { column: "kind", key: "kindInvalid" },
        { column: "primary_subsector", key: "subsectorUnknown", detail: "tidak-ada" },
        { column: "facts", key: "factsNotJson" },
        { column: "name_id", key: "nameRequired", detail: undefined },
        { column: "latitude", key: "coordinateInvalid", detail: undefined },
        { column: "social_links", key: "invalid", detail: "instagram" },
        { column: "website_url", key: "urlInvalid", detail: undefined },
        { column: "status", key: "statusInvalid" },
        { column: "is_sample", key: "booleanInvalid" },
        { column: "last_verified_at", key: "dateInvalid" },
      ]),
    );
    expect(read.problems.filter((problem) => problem.column === "primary_subsector")).toHaveLength(1);
  });

  it("checks facts against the row's kind", () => {
    const record = { ...toListingCsvRecord(listing), kind: "COWORKING", facts: '{"capacity": -3, "teamSize": 4}' };
    const read = readListingCsvRecord(record, subsectors);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(new Set(read.problems.map((problem) => problem.column))).toEqual(new Set(["facts"]));
  });

  it("defaults an empty status and is_sample for a new listing", () => {
    const record = { ...toListingCsvRecord(listing), status: "", is_sample: "" };
    const read = readListingCsvRecord(record, subsectors, { defaultStatus: "DRAFT" });
    expect(read.ok && read.staff).toMatchObject({ status: "DRAFT", isSample: false });
  });
});

describe("reading a listings CSV file", () => {
  const header = "kind,slug,name_id,summary_id,primary_subsector";

  it("skips a BOM and blank rows and numbers rows as a spreadsheet does", () => {
    const file = parseBack(
      `${UTF8_BOM}${header}\r\nCAMPUS,,"Kampus ""A""",Ringkasan,kuliner\r\n,,,,\r\n\r\nCAMPUS,b,B,S,kuliner`,
    );
    expect(file.rows.map((row) => [row.rowNumber, row.cells.name_id])).toEqual([
      [2, 'Kampus "A"'],
      [4, "B"],
    ]);
    expect(file.rows[0]!.cells).not.toHaveProperty("status");
  });

  it("refuses unknown, repeated and missing columns, semicolons, broken quoting and too many rows", () => {
    expect(readListingCsv(`${header},warna\n`, { maxRows: 5 })).toEqual({
      ok: false,
      error: { key: "unknownColumns", columns: ["warna"] },
    });
    expect(readListingCsv(`${header},slug\n`, { maxRows: 5 })).toEqual({
      ok: false,
      error: { key: "repeatedColumns", columns: ["slug"] },
    });
    expect(readListingCsv("kind,slug,name_id\n", { maxRows: 5 })).toEqual({
      ok: false,
      error: { key: "missingColumns", columns: ["summary_id", "primary_subsector"] },
    });
    expect(readListingCsv(`${header.replaceAll(",", ";")}\n`, { maxRows: 5 })).toEqual({
      ok: false,
      error: { key: "semicolonSeparated" },
    });
    expect(readListingCsv(`${header}\nCAMPUS,a,"Nama,S,kuliner\n`, { maxRows: 5 })).toMatchObject({
      ok: false,
      error: { key: "malformed" },
    });
    expect(readListingCsv(`${header}\nCAMPUS,a,Nama,S\n`, { maxRows: 5 })).toEqual({
      ok: false,
      error: { key: "malformed", line: 2 },
    });
    expect(readListingCsv(`${header}\n${"CAMPUS,a,N,S,k\n".repeat(3)}`, { maxRows: 2 })).toEqual({
      ok: false,
      error: { key: "tooManyRows", max: 2 },
    });
    expect(readListingCsv("", { maxRows: 2 })).toEqual({ ok: false, error: { key: "empty" } });
  });
});
