import "server-only";
import { prisma } from "@/lib/db/client";
import { hashToken } from "@/lib/auth/tokens";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";

export type InvitationState = "valid" | "expired" | "used";

/** What the invitation page shows before anyone accepts: the listing, the invited address and whether it is usable. */
export async function findInvitation(token: string) {
  const invitation = await prisma.listingInvitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      email: true,
      expiresAt: true,
      acceptedAt: true,
      listing: { select: { nameIndonesian: true, nameEn: true } },
    },
  });
  if (!invitation) return null;
  const state: InvitationState = invitation.acceptedAt
    ? "used"
    : invitation.expiresAt <= new Date()
      ? "expired"
      : "valid";
  return { email: invitation.email, listing: invitation.listing, state };
}

export type AcceptInvitationResult =
  { ok: true; listingId: string } | { ok: false; reason: "invalid" | "expired" | "used" | "emailMismatch" };

/**
 * The signed-in account accepts an invitation and becomes a manager of the listing. Its email must be the invited
 * address (a forwarded link does not hand a listing to someone else); a mismatch leaves the invitation usable.
 * Single use through one conditional update.
 */
export async function acceptInvitation(actor: AuditActor, token: string): Promise<AcceptInvitationResult> {
  return prisma.$transaction(async (tx) => {
    const invitation = await tx.listingInvitation.findUnique({
      where: { tokenHash: hashToken(token) },
      select: { id: true, listingId: true, email: true, expiresAt: true, acceptedAt: true },
    });
    if (!invitation) return { ok: false, reason: "invalid" };
    if (invitation.acceptedAt) return { ok: false, reason: "used" };
    const now = new Date();
    if (invitation.expiresAt <= now) return { ok: false, reason: "expired" };
    const account = await tx.user.findUnique({ where: { id: actor.id }, select: { email: true, isDisabled: true } });
    if (!account || account.isDisabled) return { ok: false, reason: "invalid" };
    if (account.email !== invitation.email.toLowerCase()) return { ok: false, reason: "emailMismatch" };
    const { count } = await tx.listingInvitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now, acceptedById: actor.id },
    });
    if (count !== 1) return { ok: false, reason: "used" };
    await tx.listingManager.createMany({
      data: [{ listingId: invitation.listingId, userId: actor.id }],
      skipDuplicates: true,
    });
    await recordAudit(tx, actor, {
      action: "listing.acceptInvitation",
      entityType: "Listing",
      entityId: invitation.listingId,
      after: { invitationId: invitation.id, managerId: actor.id, managerEmail: account.email },
    });
    return { ok: true, listingId: invitation.listingId };
  });
}
