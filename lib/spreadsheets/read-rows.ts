import readXlsxFile from "read-excel-file/node";
import { stringify } from "csv-stringify/sync";

// Officials keep their lists in Excel. Imports that read CSV (the listing import, the support ledger import) also
// take the first sheet of an .xlsx workbook: its cells become the same string rows the CSV parser gives, so the
// same validation and dry run apply unchanged.

/** An .xlsx file is a ZIP archive: it starts with "PK\x03\x04". CSV text never does. */
export function isXlsx(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const pad = (value: number) => String(value).padStart(2, "0");

/** A cell as the text a CSV of the same sheet would hold. */
export function cellToText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) {
    // Excel dates have no zone; a date-only cell reads as midnight UTC.
    const date = `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
    const hasTime = cell.getUTCHours() + cell.getUTCMinutes() + cell.getUTCSeconds() > 0;
    return hasTime ? `${date} ${pad(cell.getUTCHours())}:${pad(cell.getUTCMinutes())}` : date;
  }
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

export type ReadRowsResult = { ok: true; rows: string[][] } | { ok: false; error: "xlsxUnreadable" };

/** The first sheet's rows as strings; trailing empty cells kept as "" so every row is as wide as the sheet. */
export async function readXlsxRows(bytes: Uint8Array): Promise<ReadRowsResult> {
  try {
    const [first] = await readXlsxFile(Buffer.from(bytes));
    if (!first) return { ok: true, rows: [] };
    return { ok: true, rows: first.data.map((row) => row.map(cellToText)) };
  } catch {
    // Not a workbook (a ZIP of something else, a damaged or encrypted file): the reader's error says no more.
    return { ok: false, error: "xlsxUnreadable" };
  }
}

/** String rows as CSV text (CRLF, quoted where needed), for importers whose pipeline starts from CSV text. */
export function rowsToCsvText(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return "";
  return stringify(rows as string[][], { record_delimiter: "windows", quote_record_delimiter: true });
}
