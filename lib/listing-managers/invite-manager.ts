import "server-only";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { hashToken } from "@/lib/auth/tokens";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { deliverEmail, recordTemplatedEmail } from "@/lib/mail/mailer";

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
export const MAX_PENDING_INVITATIONS = 10;

export type InviteManagerResult = { ok: true } | { ok: false; reason: "notFound" | "alreadyManager" | "tooMany" };

/**
 * A manager of a listing invites someone by email to manage it too. Scoped to the listings the actor manages:
 * for anyone else nothing is written and the answer is "notFound". The link (7 days, single use, only its
 * SHA-256 stored) is accepted by whoever is signed in with the invited address. A new invitation to the same
 * address replaces the earlier one.
 */
export async function inviteManager(
  actor: AuditActor & { name: string },
  listingId: string,
  email: string,
  acceptUrl: (token: string) => string,
): Promise<InviteManagerResult> {
  const outcome = await prisma.$transaction(async (tx) => {
    const listing = await tx.listing.findFirst({
      where: { id: listingId, managers: { some: { userId: actor.id } } },
      select: { id: true, nameIndonesian: true },
    });
    if (!listing) return { ok: false as const, reason: "notFound" as const };
    const isManager = await tx.listingManager.count({ where: { listingId, user: { email } } });
    if (isManager > 0) return { ok: false as const, reason: "alreadyManager" as const };
    const now = new Date();
    await tx.listingInvitation.updateMany({
      where: { listingId, email, acceptedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    const pending = await tx.listingInvitation.count({
      where: { listingId, acceptedAt: null, expiresAt: { gt: now } },
    });
    if (pending >= MAX_PENDING_INVITATIONS) return { ok: false as const, reason: "tooMany" as const };
    const token = randomBytes(32).toString("base64url");
    const invitation = await tx.listingInvitation.create({
      data: {
        listingId,
        email,
        tokenHash: hashToken(token),
        invitedById: actor.id,
        expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "listing.inviteManager",
      entityType: "Listing",
      entityId: listingId,
      after: { invitationId: invitation.id, email },
    });
    const emailId = await recordTemplatedEmail(tx, { email }, "managerInvitation", {
      inviterName: actor.name,
      listingName: listing.nameIndonesian,
      acceptUrl: acceptUrl(token),
      email,
    });
    return { ok: true as const, emailId };
  });
  if (!outcome.ok) return outcome;
  await deliverEmail(outcome.emailId);
  return { ok: true };
}

/** A manager withdraws a pending invitation of their listing (it expires now). Scoped like inviting. */
export async function revokeInvitation(actor: AuditActor, listingId: string, invitationId: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const invitation = await tx.listingInvitation.findFirst({
      where: {
        id: invitationId,
        listingId,
        acceptedAt: null,
        expiresAt: { gt: now },
        listing: { managers: { some: { userId: actor.id } } },
      },
      select: { email: true },
    });
    if (!invitation) return false;
    const { count } = await tx.listingInvitation.updateMany({
      where: { id: invitationId, acceptedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    if (count !== 1) return false;
    await recordAudit(tx, actor, {
      action: "listing.revokeInvitation",
      entityType: "Listing",
      entityId: listingId,
      before: { invitationId, email: invitation.email },
    });
    return true;
  });
}
