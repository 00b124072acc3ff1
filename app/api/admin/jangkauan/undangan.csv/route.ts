import { stringify } from "csv-stringify/sync";
import { isStaffRole, mustEnrolSecondFactor } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { protectFormula, UTF8_BOM } from "@/lib/listing-csv/csv-text";
import { readReachQuery } from "@/lib/reach/filters";
import { listNeverReachedContacts } from "@/lib/reach/queries";
import { getStatisticsScope } from "@/lib/statistics/queries";

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
  const params: Record<string, string[]> = {};
  for (const [key, value] of new URL(request.url).searchParams) (params[key] ??= []).push(value);
  const query = readReachQuery(params);
  const { contacts } = await listNeverReachedContacts(user, getStatisticsScope(), {
    period: query.period,
    dimension: query.dimension,
    key: query.key,
  });
  const rows = [
    ["listing_name", "listing_slug", "kind", "subsector", "kecamatan", "contact_name", "contact_email"],
    ...contacts.map((row) => [
      row.listingNameIndonesian,
      row.listingSlug,
      row.kind,
      row.subsectorSlug,
      row.kecamatan,
      row.contactName,
      row.contactEmail,
    ]),
  ].map((row) => row.map(protectFormula));
  const body = UTF8_BOM + stringify(rows, { record_delimiter: "windows" });
  return new Response(body, {
    headers: {
      ...noStore,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="belum-dijangkau-${query.period.from}-${query.period.to}.csv"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
