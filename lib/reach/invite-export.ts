import "server-only";
import type { AuditActor } from "@/lib/audit/record-audit";
import { readReachQuery } from "@/lib/reach/filters";
import { listNeverReachedContacts } from "@/lib/reach/queries";
import { getStatisticsScope } from "@/lib/statistics/queries";

// The invitation list (never-reached listings' managers who agreed to be contacted) as rows, for the CSV and the
// XLSX download alike, so the two files cannot differ in columns or rows.

export const inviteColumns = [
  "listing_name",
  "listing_slug",
  "kind",
  "subsector",
  "kecamatan",
  "contact_name",
  "contact_email",
] as const;

/** The header row and one row per contact, for `?dari=&sampai=&dimensi=&nilai=` as on /admin/jangkauan. */
export async function collectInviteRows(
  actor: AuditActor,
  searchParams: URLSearchParams,
): Promise<{ rows: string[][]; fileStem: string }> {
  const params: Record<string, string[]> = {};
  for (const [key, value] of searchParams) (params[key] ??= []).push(value);
  const query = readReachQuery(params);
  const { contacts } = await listNeverReachedContacts(actor, getStatisticsScope(), {
    period: query.period,
    dimension: query.dimension,
    key: query.key,
  });
  const rows = [
    [...inviteColumns],
    ...contacts.map((row) => [
      row.listingNameIndonesian,
      row.listingSlug,
      row.kind,
      row.subsectorSlug,
      row.kecamatan,
      row.contactName,
      row.contactEmail,
    ]),
  ];
  return { rows, fileStem: `belum-dijangkau-${query.period.from}-${query.period.to}` };
}
