import { getDownloadingStaff, privateNoStore, staffDownloadNotFound } from "@/lib/auth/staff-download";
import { todayInJakarta } from "@/lib/dates";
import { collectListingRows, readListingExportFilters } from "@/lib/listing-csv/export-listings";
import { writeXlsx, xlsxHeaders } from "@/lib/spreadsheets/write-xlsx";

export const dynamic = "force-dynamic";

/**
 * The listings export as an Excel workbook: the same columns, rows and filters as /api/admin/listings.csv, and
 * the file the import takes back. Staff and admin only; anyone else gets the same 404 as an unknown page.
 */
export async function GET(request: Request) {
  const user = await getDownloadingStaff();
  if (!user) return staffDownloadNotFound();
  const params: Record<string, string[]> = {};
  for (const [key, value] of new URL(request.url).searchParams) (params[key] ??= []).push(value);
  const rows = await collectListingRows(user, await readListingExportFilters(params));
  const body = await writeXlsx([{ name: "Listing", rows }]);
  return new Response(new Uint8Array(body), {
    headers: {
      ...privateNoStore,
      ...xlsxHeaders(`listing-ekraf-malang-${todayInJakarta()}.xlsx`),
      "X-Content-Type-Options": "nosniff",
    },
  });
}
