import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { consumeAuthToken, hashToken } from "@/lib/auth/tokens";
import { recordAudit } from "@/lib/audit/record-audit";

async function findValidInvitation(tx: Prisma.TransactionClient, token: string) {
  const row = await tx.authToken.findFirst({
    where: { tokenHash: hashToken(token), purpose: "STAFF_INVITE", usedAt: null, expiresAt: { gt: new Date() } },
    select: {
      user: {
        select: { id: true, email: true, role: true, isDisabled: true, passwordHash: true, emailVerifiedAt: true },
      },
    },
  });
  return row && !row.user.isDisabled ? row.user : null;
}

/**
 * What the invitation page needs to show, without using the token: the invited address and whether it already
 * has an account with a password (then accepting only changes the role). Null for an unknown, used or expired
 * token, or a disabled account.
 */
export async function findStaffInvitation(token: string): Promise<{ email: string; hasAccount: boolean } | null> {
  const user = await findValidInvitation(prisma, token);
  return user ? { email: user.email, hasAccount: user.passwordHash !== null } : null;
}

export type AcceptStaffInvitationResult = "accepted" | "invalid" | "detailsRequired";

/**
 * Accepts a staff invitation once. A new account sets its name and password here and its email counts as
 * verified (the link reached its inbox); an existing account keeps both and only becomes staff. An admin who
 * follows an old invitation stays admin.
 */
export async function acceptStaffInvitation(
  token: string,
  details: { name: string; password: string } | null,
): Promise<AcceptStaffInvitationResult> {
  const passwordHash = details ? await hashPassword(details.password) : null;
  return prisma.$transaction(async (tx) => {
    const user = await findValidInvitation(tx, token);
    if (!user) return "invalid";
    const needsDetails = user.passwordHash === null;
    if (needsDetails && (!details || !passwordHash)) return "detailsRequired";
    if ((await consumeAuthToken(tx, token, "STAFF_INVITE")) !== user.id) return "invalid";
    const role = user.role === "ADMIN" ? "ADMIN" : "STAFF";
    await tx.user.update({
      where: { id: user.id },
      data: {
        role,
        emailVerifiedAt: user.emailVerifiedAt ?? new Date(),
        ...(needsDetails && details && passwordHash ? { name: details.name, passwordHash } : {}),
      },
    });
    await recordAudit(
      tx,
      { id: user.id, role: user.role },
      {
        action: "user.acceptStaffInvite",
        entityType: "User",
        entityId: user.id,
        before: { role: user.role },
        after: { role, ...(needsDetails && details ? { name: details.name } : {}) },
      },
    );
    return "accepted";
  });
}
