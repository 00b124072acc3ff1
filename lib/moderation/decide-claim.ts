import "server-only";
import { assertStaff } from "@/lib/auth/assert-role";
import { prisma } from "@/lib/db/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { deliverEmail, recordTemplatedEmail } from "@/lib/mail/mailer";

export type ClaimDecisionResult = { ok: true } | { ok: false; error: "alreadyHandled" | "notFound" };

async function decideClaim(
  actor: AuditActor,
  claimId: string,
  decision: { isApproved: boolean; note?: string },
): Promise<ClaimDecisionResult> {
  assertStaff(actor);
  const outcome = await prisma.$transaction(async (tx) => {
    const { count } = await tx.listingClaim.updateMany({
      where: { id: claimId, status: "PENDING" },
      data: {
        status: decision.isApproved ? "APPROVED" : "REJECTED",
        pendingKey: null,
        reviewerId: actor.id,
        reviewedAt: new Date(),
        reviewNote: decision.note ?? null,
      },
    });
    if (count !== 1) {
      const exists = await tx.listingClaim.count({ where: { id: claimId } });
      return { ok: false, error: exists ? "alreadyHandled" : "notFound" } as const;
    }
    const claim = await tx.listingClaim.findUniqueOrThrow({
      where: { id: claimId },
      select: {
        listingId: true,
        userId: true,
        user: { select: { email: true, locale: true } },
        listing: { select: { nameIndonesian: true } },
      },
    });
    if (decision.isApproved)
      await tx.listingManager.upsert({
        where: { listingId_userId: { listingId: claim.listingId, userId: claim.userId } },
        create: { listingId: claim.listingId, userId: claim.userId },
        update: {},
      });
    await recordAudit(tx, actor, {
      action: decision.isApproved ? "claim.approve" : "claim.reject",
      entityType: "ListingClaim",
      entityId: claimId,
      before: { status: "PENDING" },
      after: { status: decision.isApproved ? "APPROVED" : "REJECTED", note: decision.note ?? null },
    });
    const name = claim.listing.nameIndonesian;
    const emailId = decision.isApproved
      ? await recordTemplatedEmail(tx, claim.user, "claimApproved", { listingName: name })
      : await recordTemplatedEmail(tx, claim.user, "claimRejected", { listingName: name, note: decision.note ?? "" });
    return { ok: true, emailId } as const;
  });
  if (!outcome.ok) return outcome;
  await deliverEmail(outcome.emailId);
  return { ok: true };
}

/** Staff approve a claim: the claimant becomes a manager. Of two staff deciding at once, exactly one wins. */
export function approveClaim(actor: AuditActor, claimId: string) {
  return decideClaim(actor, claimId, { isApproved: true });
}

export function rejectClaim(actor: AuditActor, claimId: string, note: string) {
  return decideClaim(actor, claimId, { isApproved: false, note });
}
