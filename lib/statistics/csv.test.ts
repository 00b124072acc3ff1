import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { csvHeaders, toCsv } from "./csv";

describe("toCsv", () => {
  it("writes RFC 4180 CSV that parses back to the same cells", () => {
    const csv = toCsv(["nama", "catatan", "jumlah"], [["Kopi, Teh & Roti", 'kata "enak"\nbaris dua', 12]]);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(parse(csv)).toEqual([
      ["nama", "catatan", "jumlah"],
      ["Kopi, Teh & Roti", 'kata "enak"\nbaris dua', "12"],
    ]);
  });

  it("keeps spreadsheet formulas as text, but leaves numbers alone", () => {
    const csv = toCsv(["a", "b", "c", "d"], [['=HYPERLINK("x")', "@SUM(A1)", "-5 orang", -5]]);
    expect(parse(csv)[1]).toEqual(['\'=HYPERLINK("x")', "'@SUM(A1)", "'-5 orang", "-5"]);
  });

  it("writes empty cells for null and undefined and words for booleans", () => {
    expect(parse(toCsv(["a", "b", "c"], [[null, undefined, true]]))[1]).toEqual(["", "", "true"]);
  });
});

describe("csvHeaders", () => {
  it("offers a download with a safe file name", () => {
    expect(csvHeaders('data "x"/y.csv')).toEqual({
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="data--x--y.csv"',
    });
  });
});
