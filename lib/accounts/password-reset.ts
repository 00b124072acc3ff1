import "server-only";
import { prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { consumeAuthToken, createAuthToken } from "@/lib/auth/tokens";
import { deliverEmail, recordTemplatedEmail } from "@/lib/mail/mailer";
import { consumeRateLimits } from "@/lib/rate-limit/consume-rate-limit";

const RESET_LIFETIME_MS = 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** Reset emails per address asked for, and requests per client, in an hour. */
export const RESET_REQUESTS_PER_RECIPIENT = 3;
export const RESET_REQUESTS_PER_CLIENT = 10;

export type MailRequestResult = { outcome: "accepted" } | { outcome: "rateLimited"; retryAfterMinutes: number };

type MailRequestContext = {
  clientAddress: string | null;
  /**
   * Runs the lookup and the email after the answer has gone out (`after` from next/server in the action), so the
   * answer takes as long for an unknown address as for a known one.
   */
  defer: (work: () => Promise<void>) => void;
  now?: Date;
};

/**
 * Accepts a reset request: counts it against the client and the address asked for (whether or not it has an
 * account, so the limit reveals nothing), then emails a one-hour link — the only live one of that account — after
 * the answer, when the address has an active account. The caller answers the same either way.
 */
export async function requestPasswordReset(
  email: string,
  resetUrl: (token: string) => string,
  context: MailRequestContext,
): Promise<MailRequestResult> {
  const limit = await consumeRateLimits(
    [
      ...(context.clientAddress
        ? [
            {
              bucket: "passwordReset:client",
              key: context.clientAddress,
              limit: RESET_REQUESTS_PER_CLIENT,
              windowMs: HOUR_MS,
            },
          ]
        : []),
      { bucket: "passwordReset:recipient", key: email, limit: RESET_REQUESTS_PER_RECIPIENT, windowMs: HOUR_MS },
    ],
    context.now,
  );
  if (!limit.isAllowed) return { outcome: "rateLimited", retryAfterMinutes: Math.ceil(limit.retryAfterSeconds / 60) };
  context.defer(() => sendPasswordResetEmail(email, resetUrl));
  return { outcome: "accepted" };
}

/** The reset email itself, when the address has an active account; nothing otherwise. */
export async function sendPasswordResetEmail(email: string, resetUrl: (token: string) => string): Promise<void> {
  const emailId = await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, isDisabled: true, locale: true } });
    if (!user || user.isDisabled) return null;
    const token = await createAuthToken(tx, user.id, "RESET_PASSWORD", RESET_LIFETIME_MS);
    return recordTemplatedEmail(tx, { email, locale: user.locale }, "passwordReset", { resetUrl: resetUrl(token) });
  });
  if (emailId) await deliverEmail(emailId);
}

/**
 * Sets a new password with a reset token. Every existing session of the account ends (the session version is
 * bumped), and the email counts as verified: the link reached its inbox.
 */
export async function resetPasswordWithToken(token: string, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const userId = await consumeAuthToken(tx, token, "RESET_PASSWORD");
    if (!userId) return false;
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { emailVerifiedAt: true, role: true },
    });
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 }, emailVerifiedAt: user.emailVerifiedAt ?? new Date() },
    });
    await tx.auditLog.create({
      data: {
        actorId: userId,
        actorRole: user.role,
        action: "user.resetPassword",
        entityType: "User",
        entityId: userId,
      },
    });
    return true;
  });
}
