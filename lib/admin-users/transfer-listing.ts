import "server-only";
import { prisma } from "@/lib/db/client";
import { assertActiveAdmin } from "@/lib/auth/assert-role";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";

export type AddManagerResult = "added" | "notFound" | "noAccount" | "disabled" | "alreadyManager";

/**
 * An admin makes an existing account a manager of a listing — how management moves when the last manager
 * leaves or a business changes hands. The account is found by email; no account is created here.
 */
export async function addListingManager(
  actor: AuditActor,
  listingId: string,
  email: string,
): Promise<AddManagerResult> {
  return prisma.$transaction(async (tx) => {
    await assertActiveAdmin(tx, actor);
    const listing = await tx.listing.findUnique({ where: { id: listingId }, select: { id: true } });
    if (!listing) return "notFound";
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, isDisabled: true } });
    if (!user) return "noAccount";
    if (user.isDisabled) return "disabled";
    const { count } = await tx.listingManager.createMany({
      data: [{ listingId, userId: user.id }],
      skipDuplicates: true,
    });
    if (count !== 1) return "alreadyManager";
    await recordAudit(tx, actor, {
      action: "listing.addManager",
      entityType: "Listing",
      entityId: listingId,
      after: { managerId: user.id, managerEmail: email },
    });
    return "added";
  });
}

export type RemoveManagerResult = "removed" | "notManager";

/** An admin removes a manager from a listing; unlike leaving, staff may remove the last one. */
export async function removeListingManager(
  actor: AuditActor,
  listingId: string,
  userId: string,
): Promise<RemoveManagerResult> {
  return prisma.$transaction(async (tx) => {
    await assertActiveAdmin(tx, actor);
    const manager = await tx.listingManager.findUnique({
      where: { listingId_userId: { listingId, userId } },
      select: { user: { select: { email: true } } },
    });
    if (!manager) return "notManager";
    const { count } = await tx.listingManager.deleteMany({ where: { listingId, userId } });
    if (count !== 1) return "notManager";
    await recordAudit(tx, actor, {
      action: "listing.removeManager",
      entityType: "Listing",
      entityId: listingId,
      before: { managerId: userId, managerEmail: manager.user.email },
    });
    return "removed";
  });
}
