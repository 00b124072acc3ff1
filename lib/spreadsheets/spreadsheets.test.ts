import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { cellToText, isXlsx, readXlsxRows, rowsToCsvText } from "./read-rows";
import { toSheetName, writeXlsx } from "./write-xlsx";

describe("XLSX in and out", () => {
  it("reads back what it wrote, as strings: leading zeros, formulas-looking text, line breaks, numbers", async () => {
    const rows = [
      ["kode_kbli", "nama", "catatan", "jumlah"],
      ["01111", "=SUM(A1)", "baris satu\nbaris dua", 42],
      ["58110", 'Kopi "Tugu"', "", -7.9666],
    ];
    const bytes = await writeXlsx([{ name: "Data", rows }]);
    expect(isXlsx(bytes)).toBe(true);
    const read = await readXlsxRows(bytes);
    expect(read).toEqual({
      ok: true,
      rows: [
        ["kode_kbli", "nama", "catatan", "jumlah"],
        ["01111", "=SUM(A1)", "baris satu\nbaris dua", "42"],
        ["58110", 'Kopi "Tugu"', "", "-7.9666"],
      ],
    });
  });

  it("turns rows into CSV text that parses back to the same rows", () => {
    const rows = [
      ["a", "b"],
      ["x, y", 'say "hi"\nbye'],
    ];
    expect(parse(rowsToCsvText(rows))).toEqual(rows);
    expect(rowsToCsvText([])).toBe("");
  });

  it("refuses what is not a workbook, and CSV is never taken for one", async () => {
    expect(isXlsx(new TextEncoder().encode("slug,name\n"))).toBe(false);
    const fakeZip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    expect(isXlsx(fakeZip)).toBe(true);
    expect(await readXlsxRows(fakeZip)).toEqual({ ok: false, error: "xlsxUnreadable" });
  });

  it("writes dates as calendar dates and keeps sheet names Excel accepts", () => {
    expect(cellToText(new Date(Date.UTC(2026, 11, 7)))).toBe("2026-12-07");
    expect(cellToText(new Date(Date.UTC(2026, 11, 7, 9, 30)))).toBe("2026-12-07 09:30");
    expect(cellToText(true)).toBe("TRUE");
    expect(toSheetName("Statistik: kecamatan/kelurahan [2026] dan seterusnya")).toBe("Statistik  kecamatan kelurahan ");
  });
});
