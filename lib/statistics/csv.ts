import { stringify } from "csv-stringify/sync";

export type CsvCell = string | number | boolean | null | undefined;

// A text cell that starts like a formula (=, +, -, @, tab, carriage return) is run by spreadsheets when opened;
// a leading apostrophe keeps it text (OWASP "CSV injection"). Numbers are written as numbers and never changed.
const FORMULA_START = /^[=+\-@\t\r]/;

function toCsvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** RFC 4180 CSV (comma, CRLF, quotes where needed), UTF-8 without a byte-order mark. */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return stringify([header.map(toCsvCell), ...rows.map((row) => row.map(toCsvCell))], {
    record_delimiter: "windows",
    // With a CRLF record delimiter the library no longer quotes a lone line break inside a field by itself.
    quoted_match: /[\r\n]/,
  });
}

/** A CSV download's response headers; `filename` is ASCII (slugs and dates only). */
export function csvHeaders(filename: string): Record<string, string> {
  return {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "-")}"`,
  };
}
