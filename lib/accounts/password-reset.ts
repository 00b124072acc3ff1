import "server-only";
import { prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { consumeAuthToken, createAuthToken } from "@/lib/auth/tokens";
import { deliverEmail, recordEmail } from "@/lib/mail/mailer";

const RESET_LIFETIME_MS = 60 * 60 * 1000;

/** Emails a one-hour reset link when the address has an account; the caller answers the same either way. */
export async function requestPasswordReset(email: string, resetUrl: (token: string) => string): Promise<void> {
  const emailId = await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, isDisabled: true } });
    if (!user || user.isDisabled) return null;
    const token = await createAuthToken(tx, user.id, "RESET_PASSWORD", RESET_LIFETIME_MS);
    return recordEmail(tx, {
      to: email,
      subject: "Atur ulang kata sandi — Portal Ekonomi Kreatif Kota Malang",
      text:
        `Buka tautan ini untuk mengatur kata sandi baru (berlaku 1 jam, sekali pakai):\n${resetUrl(token)}\n\n` +
        `Jika Anda tidak memintanya, abaikan email ini; kata sandi Anda tidak berubah.`,
    });
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
