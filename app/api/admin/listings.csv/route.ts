import { getDownloadingStaff, privateNoStore, staffDownloadNotFound } from "@/lib/auth/staff-download";
import { todayInJakarta } from "@/lib/dates";
import { readListingExportFilters, streamListingCsv } from "@/lib/listing-csv/export-listings";

export const dynamic = "force-dynamic";

/**
 * Listings as CSV (UTF-8 with a BOM, so spreadsheet apps read Indonesian characters), with the admin listing
 * table's filters (`?q=…&jenis=…&status=…`, see lib/admin-listings/filters.ts). Staff and admin only; anyone
 * else gets the same 404 as for a page that does not exist.
 */
export async function GET(request: Request) {
  const user = await getDownloadingStaff();
  if (!user) return staffDownloadNotFound();
  const params: Record<string, string[]> = {};
  for (const [key, value] of new URL(request.url).searchParams) (params[key] ??= []).push(value);
  const filters = await readListingExportFilters(params);
  return new Response(streamListingCsv(user, filters), {
    headers: {
      ...privateNoStore,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="listing-ekraf-malang-${todayInJakarta()}.csv"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
