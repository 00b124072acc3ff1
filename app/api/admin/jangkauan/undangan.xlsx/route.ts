import { getDownloadingStaff, privateNoStore, staffDownloadNotFound } from "@/lib/auth/staff-download";
import { collectInviteRows } from "@/lib/reach/invite-export";
import { writeXlsx, xlsxHeaders } from "@/lib/spreadsheets/write-xlsx";

export const dynamic = "force-dynamic";

/**
 * The invitation list as an Excel workbook: the same columns and rows as undangan.csv (text cells, so nothing in
 * it is read as a formula). Staff and admin only; anyone else gets the same 404 as for an unknown page.
 */
export async function GET(request: Request) {
  const user = await getDownloadingStaff();
  if (!user) return staffDownloadNotFound();
  const { rows, fileStem } = await collectInviteRows(user, new URL(request.url).searchParams);
  const body = await writeXlsx([{ name: "Undangan", rows }]);
  return new Response(new Uint8Array(body), {
    headers: { ...privateNoStore, ...xlsxHeaders(`${fileStem}.xlsx`), "X-Content-Type-Options": "nosniff" },
  });
}
