import { stringify } from "csv-stringify/sync";
import { isStaffRole, mustEnrolSecondFactor } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { protectFormula, UTF8_BOM } from "@/lib/listing-csv/csv-text";
import { collectInviteRows } from "@/lib/reach/invite-export";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "private, no-store" };

/**
 * The never-reached listings to invite next, as CSV for a mailing: one row per manager who agreed to be
 * contacted about programmes (`?dari=&sampai=&dimensi=&nilai=` as on /admin/jangkauan). Staff and admin only;
 * anyone else gets the same 404 as for a page that does not exist.
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
  const body =
    UTF8_BOM +
    stringify(
      rows.map((row) => row.map(protectFormula)),
      { record_delimiter: "windows" },
    );
  return new Response(body, {
    headers: {
      ...noStore,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileStem}.csv"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
