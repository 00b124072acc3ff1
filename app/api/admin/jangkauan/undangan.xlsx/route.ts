import { isStaffRole, mustEnrolSecondFactor } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { collectInviteRows } from "@/lib/reach/invite-export";
import { writeXlsx, xlsxHeaders } from "@/lib/spreadsheets/write-xlsx";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "private, no-store" };

/**
 * The invitation list as an Excel workbook: the same columns and rows as undangan.csv (text cells, so nothing in
 * it is read as a formula). Staff and admin only; anyone else gets the same 404 as for an unknown page.
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user || !isStaffRole(user.role) || mustEnrolSecondFactor(user, getEnv().APP_ENV)) {
    return new Response("Not found", {
      status: 404,
      headers: { ...noStore, "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const { rows, fileStem } = await collectInviteRows(user, new URL(request.url).searchParams);
  const body = await writeXlsx([{ name: "Undangan", rows }]);
  return new Response(new Uint8Array(body), {
    headers: { ...noStore, ...xlsxHeaders(`${fileStem}.xlsx`), "X-Content-Type-Options": "nosniff" },
  });
}
