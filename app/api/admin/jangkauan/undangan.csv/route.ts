import { stringify } from "csv-stringify/sync";
import { getDownloadingStaff, privateNoStore, staffDownloadNotFound } from "@/lib/auth/staff-download";
import { protectFormula, UTF8_BOM } from "@/lib/listing-csv/csv-text";
import { collectInviteRows } from "@/lib/reach/invite-export";

export const dynamic = "force-dynamic";

/**
 * The never-reached listings to invite next, as CSV for a mailing: one row per manager who agreed to be
 * contacted about programmes (`?dari=&sampai=&dimensi=&nilai=` as on /admin/jangkauan). Staff and admin only;
 * anyone else gets the same 404 as for a page that does not exist.
 */
export async function GET(request: Request) {
  const user = await getDownloadingStaff();
  if (!user) return staffDownloadNotFound();
  const { rows, fileStem } = await collectInviteRows(user, new URL(request.url).searchParams);
  const body =
    UTF8_BOM +
    stringify(
      rows.map((row) => row.map(protectFormula)),
      { record_delimiter: "windows" },
    );
  return new Response(body, {
    headers: {
      ...privateNoStore,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileStem}.csv"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
