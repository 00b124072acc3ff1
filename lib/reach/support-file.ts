import "server-only";
import { CsvError, parse } from "csv-parse/sync";
import { isXlsx, readXlsxRows, rowsToCsvText } from "@/lib/spreadsheets/read-rows";
import { decodeUtf8, unprotectFormula } from "@/lib/listing-csv/csv-text";
import type { SupportRecordField } from "./schemas";

// A ledger import file, CSV or XLSX, read into the same rows. An XLSX file is turned into CSV text first, so the
// dry run, the payload carried to the confirm step and the confirm step itself are the same for both formats. The
// workbook is read by lib/spreadsheets, as for the listing import.

export const SUPPORT_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const SUPPORT_IMPORT_MAX_ROWS = 2000;

/** The file's columns and the form field each one fills. */
export const supportColumns = {
  listing: "listing",
  programme: "programme",
  kind: "kind",
  organiser: "organiser",
  starts_on: "startsOn",
  ends_on: "endsOn",
  outcome: "outcome",
  person_email: "personEmail",
} as const satisfies Record<string, SupportRecordField>;

export type SupportColumn = keyof typeof supportColumns;
export const supportColumnNames = Object.keys(supportColumns) as SupportColumn[];
const requiredColumns: SupportColumn[] = ["listing", "programme", "kind", "organiser", "starts_on"];

export type SupportFileError =
  | { key: "empty" | "notUtf8" | "notSpreadsheet" | "semicolonSeparated" }
  | { key: "fileTooLarge"; maxMegabytes: number }
  | { key: "malformed"; line: number }
  | { key: "tooManyRows"; max: number }
  | { key: "unknownColumns" | "missingColumns" | "repeatedColumns"; columns: string[] };

/** A data row as a spreadsheet numbers it (the header is row 1). */
export type SupportFileRow = { rowNumber: number; cells: Partial<Record<SupportColumn, string>> };

export type SupportFileResult = { ok: true; rows: SupportFileRow[] } | { ok: false; error: SupportFileError };

/** An uploaded file as CSV text (XLSX converted), refusing what is too large, not UTF-8 or not a workbook. */
export async function supportFileToCsvText(
  name: string,
  bytes: Uint8Array,
): Promise<{ ok: true; text: string } | { ok: false; error: SupportFileError }> {
  if (bytes.byteLength > SUPPORT_IMPORT_MAX_BYTES)
    return { ok: false, error: { key: "fileTooLarge", maxMegabytes: SUPPORT_IMPORT_MAX_BYTES / 1024 / 1024 } };
  if (bytes.byteLength === 0) return { ok: false, error: { key: "empty" } };
  if (!name.toLowerCase().endsWith(".xlsx") && !isXlsx(bytes)) {
    const text = decodeUtf8(bytes);
    return text === null ? { ok: false, error: { key: "notUtf8" } } : { ok: true, text };
  }
  const sheet = await readXlsxRows(bytes);
  if (!sheet.ok) return { ok: false, error: { key: "notSpreadsheet" } };
  if (sheet.rows.length === 0) return { ok: false, error: { key: "empty" } };
  return { ok: true, text: rowsToCsvText(sheet.rows) };
}

/** Reads the CSV text: the header names known columns, every row as wide as the header, blank rows skipped. */
export function readSupportCsv(text: string): SupportFileResult {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false, max_record_size: 20_000 });
  } catch (error) {
    if (error instanceof CsvError)
      return { ok: false, error: { key: "malformed", line: typeof error.lines === "number" ? error.lines : 0 } };
    throw error;
  }
  const [header, ...body] = records;
  if (!header || header.every((cell) => cell.trim() === "")) return { ok: false, error: { key: "empty" } };
  const names = header.map((cell) => cell.trim().toLowerCase());
  if (names.length === 1 && names[0]!.includes(";")) return { ok: false, error: { key: "semicolonSeparated" } };
  const known = new Set<string>(supportColumnNames);
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) return { ok: false, error: { key: "unknownColumns", columns: unknown } };
  const repeated = names.filter((name, index) => names.indexOf(name) !== index);
  if (repeated.length > 0) return { ok: false, error: { key: "repeatedColumns", columns: [...new Set(repeated)] } };
  const missing = requiredColumns.filter((column) => !names.includes(column));
  if (missing.length > 0) return { ok: false, error: { key: "missingColumns", columns: missing } };

  const rows: SupportFileRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === "")) return;
    const row: SupportFileRow = { rowNumber: index + 2, cells: {} };
    names.forEach((name, column) => {
      row.cells[name as SupportColumn] = unprotectFormula(cells[column] ?? "");
    });
    rows.push(row);
  });
  if (rows.length > SUPPORT_IMPORT_MAX_ROWS)
    return { ok: false, error: { key: "tooManyRows", max: SUPPORT_IMPORT_MAX_ROWS } };
  return { ok: true, rows };
}

/** The row's cells as the form's fields. */
export function toSupportFormValues(cells: SupportFileRow["cells"]): Record<SupportRecordField, string> {
  const values = {} as Record<SupportRecordField, string>;
  for (const column of supportColumnNames) values[supportColumns[column]] = cells[column] ?? "";
  return values;
}
