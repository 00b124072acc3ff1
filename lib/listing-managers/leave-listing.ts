import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";

export type LeaveListingResult = "left" | "lastManager" | "notManager";

/**
 * A manager stops managing a listing. The last manager cannot leave (staff transfer the listing instead). The
 * listing's manager rows are locked first, so two managers leaving at once cannot leave it with none.
 */
export async function leaveListing(actor: AuditActor, listingId: string): Promise<LeaveListingResult> {
  return prisma.$transaction(async (tx) => {
    const managers = await tx.$queryRaw<{ userId: string }[]>`
      SELECT "userId" FROM "ListingManager" WHERE "listingId" = ${listingId} ORDER BY "userId" FOR UPDATE`;
    if (!managers.some((manager) => manager.userId === actor.id)) return "notManager";
    if (managers.length <= 1) return "lastManager";
    await tx.listingManager.delete({ where: { listingId_userId: { listingId, userId: actor.id } } });
    await recordAudit(tx, actor, {
      action: "listing.leave",
      entityType: "Listing",
      entityId: listingId,
      before: { managerId: actor.id },
    });
    return "left";
  });
}
