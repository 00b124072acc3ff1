import "server-only";
import type { AuditActor } from "@/lib/audit/record-audit";
import { assertStaff } from "@/lib/auth/assert-role";
import { prisma } from "@/lib/db/client";

export const TOP_PAIR_LIMIT = 10;

export type CollaborationReport = {
  totals: { posts: number; answered: number; closed: number; done: number };
  bySubsector: { subsectorId: string; posts: number; wanted: number; offered: number }[];
  /** Posts closed as done with a partner: poster listing's main subsector × the partner's main subsector. */
  topPairs: { posterSubsectorId: string; partnerSubsectorId: string; count: number }[];
};

/** Share of a whole, 0 when there is nothing to share (no division by zero on an empty board). */
export function shareOf(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/**
 * The staff report on the board: posts per subsector (in either role), how many got at least one response,
 * how many were closed as done, and which subsectors worked together most. Hidden posts are left out.
 */
export async function getCollaborationReport(actor: AuditActor | null): Promise<CollaborationReport> {
  assertStaff(actor);
  const [totals, bySubsector, topPairs] = await Promise.all([
    prisma.$queryRaw<CollaborationReport["totals"][]>`
      SELECT COUNT(*)::int AS posts,
             COUNT(*) FILTER (WHERE EXISTS (
               SELECT 1 FROM "CollaborationResponse" r WHERE r."postId" = p.id))::int AS answered,
             COUNT(*) FILTER (WHERE p.status = 'CLOSED')::int AS closed,
             COUNT(*) FILTER (WHERE p.outcome = 'DONE')::int AS done
      FROM "CollaborationPost" p
      WHERE NOT p."isHidden"`,
    prisma.$queryRaw<CollaborationReport["bySubsector"]>`
      SELECT ps."subsectorId" AS "subsectorId",
             COUNT(DISTINCT ps."postId")::int AS posts,
             COUNT(*) FILTER (WHERE ps.role = 'WANTED')::int AS wanted,
             COUNT(*) FILTER (WHERE ps.role = 'OFFERED')::int AS offered
      FROM "CollaborationPostSubsector" ps
      JOIN "CollaborationPost" p ON p.id = ps."postId"
      JOIN "Subsector" s ON s.id = ps."subsectorId"
      WHERE NOT p."isHidden"
      GROUP BY ps."subsectorId", s."sortOrder"
      ORDER BY posts DESC, s."sortOrder"`,
    prisma.$queryRaw<CollaborationReport["topPairs"]>`
      SELECT poster."primarySubsectorId" AS "posterSubsectorId",
             partner."primarySubsectorId" AS "partnerSubsectorId",
             COUNT(*)::int AS count
      FROM "CollaborationPost" p
      JOIN "Listing" poster ON poster.id = p."listingId"
      JOIN "Listing" partner ON partner.id = p."closedWithListingId"
      WHERE NOT p."isHidden" AND p.outcome = 'DONE'
      GROUP BY 1, 2
      ORDER BY count DESC, 1, 2
      LIMIT ${TOP_PAIR_LIMIT}`,
  ]);
  return { totals: totals[0] ?? { posts: 0, answered: 0, closed: 0, done: 0 }, bySubsector, topPairs };
}
