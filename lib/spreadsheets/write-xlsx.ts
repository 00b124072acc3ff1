import writeXlsxFile, { type Row } from "write-excel-file/node";

// Exports offered as .xlsx beside .csv. Every text cell is written as text, so codes keep their leading zeros
// (KBLI 01111, BPS 3573010) and a value starting with "=" stays a value: a workbook cell is never a formula unless
// typed as one, so the CSV's apostrophe guard is not needed here.

export const XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type XlsxCell = string | number | boolean | null | undefined;

export type XlsxSheet = { name: string; rows: readonly (readonly XlsxCell[])[]; headerRows?: number };

const toCell = (value: XlsxCell, isHeader: boolean) => {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return { value, type: Number };
  if (typeof value === "boolean") return { value, type: Boolean };
  return { value, type: String, ...(isHeader ? { fontWeight: "bold" as const } : {}) };
};

/** Sheet names: at most 31 characters, none of []:*?/\ (Excel refuses the workbook otherwise). */
export const toSheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31) || "Sheet1";

export async function writeXlsx(sheets: readonly XlsxSheet[]): Promise<Buffer> {
  const data = sheets.map((sheet) => ({
    sheet: toSheetName(sheet.name),
    data: sheet.rows.map((row, index) => row.map((value) => toCell(value, index < (sheet.headerRows ?? 1)))) as Row[],
  }));
  return writeXlsxFile(data).toBuffer();
}

export function xlsxHeaders(filename: string): Record<string, string> {
  return {
    "Content-Type": XLSX_MEDIA_TYPE,
    "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
  };
}
