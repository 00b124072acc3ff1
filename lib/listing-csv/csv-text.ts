import { CsvError, parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { listingCsvColumns, requiredListingCsvColumns, type ListingCsvColumn, type ListingCsvRecord } from "./columns";

export const UTF8_BOM = "\uFEFF";

// Spreadsheet apps run a cell that starts with one of these as a formula ("CSV injection"), and listing values
// come from the public. Such a cell is written with a leading apostrophe, which the import takes off again;
// cells that already start with apostrophes before such a character get one more, so every value round-trips.
// Plain numbers (a negative latitude) are left alone.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const PROTECTED_FORMULA = /^'+[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function protectFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

export function unprotectFormula(value: string): string {
  return PROTECTED_FORMULA.test(value) ? value.slice(1) : value;
}

/**
 * CSV text for some records, in column order, RFC 4180 style (CRLF between records, quotes where needed —
 * including around line breaks inside a value). With `header`, the header row comes first.
 */
export function stringifyListingCsv(records: readonly ListingCsvRecord[], options: { header: boolean }): string {
  const rows = records.map((record) => listingCsvColumns.map((column) => protectFormula(record[column])));
  if (options.header) rows.unshift([...listingCsvColumns]);
  if (rows.length === 0) return "";
  return stringify(rows, { record_delimiter: "windows", quote_record_delimiter: true });
}

export type CsvFileError =
  | { key: "notUtf8" }
  | { key: "empty" }
  | { key: "malformed"; line: number }
  | { key: "semicolonSeparated" }
  | { key: "unknownColumns"; columns: string[] }
  | { key: "missingColumns"; columns: string[] }
  | { key: "repeatedColumns"; columns: string[] }
  | { key: "tooManyRows"; max: number };

/** A data row: its row number as a spreadsheet shows it (the header is row 1) and its cells by column. */
export type CsvDataRow = { rowNumber: number; cells: Partial<ListingCsvRecord> };

export type ReadCsvResult =
  { ok: true; columns: ListingCsvColumn[]; rows: CsvDataRow[] } | { ok: false; error: CsvFileError };

/** UTF-8 text of uploaded bytes, or null when they are not UTF-8 (e.g. a spreadsheet's legacy "CSV" export). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Reads a listings CSV: the header names the columns (a BOM is allowed), every row has as many cells as the
 * header, rows whose cells are all empty are skipped. Unknown, repeated or missing required columns make the
 * whole file invalid; nothing is guessed.
 */
export function readListingCsv(text: string, options: { maxRows: number }): ReadCsvResult {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, max_record_size: 100_000 });
  } catch (error) {
    if (error instanceof CsvError) {
      return { ok: false, error: { key: "malformed", line: typeof error.lines === "number" ? error.lines : 0 } };
    }
    throw error;
  }
  const [header, ...body] = records;
  if (!header || header.every((cell) => cell.trim() === "")) return { ok: false, error: { key: "empty" } };

  const names = header.map((cell) => cell.trim());
  if (names.length === 1 && names[0]!.includes(";")) return { ok: false, error: { key: "semicolonSeparated" } };
  const known = new Set<string>(listingCsvColumns);
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) return { ok: false, error: { key: "unknownColumns", columns: unknown } };
  const repeated = names.filter((name, index) => names.indexOf(name) !== index);
  if (repeated.length > 0) return { ok: false, error: { key: "repeatedColumns", columns: [...new Set(repeated)] } };
  const missing = requiredListingCsvColumns.filter((column) => !names.includes(column));
  if (missing.length > 0) return { ok: false, error: { key: "missingColumns", columns: missing } };

  const columns = names as ListingCsvColumn[];
  const rows: CsvDataRow[] = [];
  for (const [index, record] of body.entries()) {
    if (record.every((cell) => cell.trim() === "")) continue;
    if (rows.length >= options.maxRows) return { ok: false, error: { key: "tooManyRows", max: options.maxRows } };
    const cells: Partial<ListingCsvRecord> = {};
    columns.forEach((column, position) => (cells[column] = unprotectFormula(record[position] ?? "")));
    rows.push({ rowNumber: index + 2, cells });
  }
  return { ok: true, columns, rows };
}
