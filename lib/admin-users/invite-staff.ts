import "server-only";
import { prisma } from "@/lib/db/client";
import { assertActiveAdmin } from "@/lib/auth/assert-role";
import { createAuthToken } from "@/lib/auth/tokens";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { deliverEmail, recordTemplatedEmail } from "@/lib/mail/mailer";

export const STAFF_INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export type InviteStaffResult = { ok: true; userId: string } | { ok: false; reason: "alreadyStaff" | "disabled" };

/**
 * An admin invites someone by email to become staff. A single-use STAFF_INVITE token (7 days) is emailed; the
 * role changes only when the invitee accepts it. An address without an account gets a placeholder row (no
 * password, email not verified, role OWNER) that nobody can sign in to until the invitation is accepted — the
 * token needs a user to belong to. A new invitation replaces the address's earlier ones.
 */
export async function inviteStaff(
  actor: AuditActor,
  email: string,
  acceptUrl: (token: string) => string,
): Promise<InviteStaffResult> {
  const outcome = await prisma.$transaction(async (tx) => {
    await assertActiveAdmin(tx, actor);
    const existing = await tx.user.findUnique({
      where: { email },
      select: { id: true, role: true, isDisabled: true, name: true, passwordHash: true, locale: true },
    });
    if (existing && existing.role !== "OWNER") return { ok: false as const, reason: "alreadyStaff" as const };
    if (existing?.isDisabled) return { ok: false as const, reason: "disabled" as const };
    const user =
      existing ?? (await tx.user.create({ data: { email, name: email, role: "OWNER" }, select: { id: true } }));
    await tx.authToken.updateMany({
      where: { userId: user.id, purpose: "STAFF_INVITE", usedAt: null },
      data: { usedAt: new Date() },
    });
    const token = await createAuthToken(tx, user.id, "STAFF_INVITE", STAFF_INVITE_LIFETIME_MS);
    await recordAudit(tx, actor, {
      action: "user.inviteStaff",
      entityType: "User",
      entityId: user.id,
      after: { email, invitedRole: "STAFF", isNewAccount: !existing },
    });
    const emailId = await recordTemplatedEmail(tx, { email, locale: existing?.locale }, "staffInvitation", {
      acceptUrl: acceptUrl(token),
      hasAccount: Boolean(existing?.passwordHash),
    });
    return { ok: true as const, userId: user.id, emailId };
  });
  if (!outcome.ok) return outcome;
  await deliverEmail(outcome.emailId);
  return { ok: true, userId: outcome.userId };
}
