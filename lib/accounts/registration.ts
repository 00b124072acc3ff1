import "server-only";
import { prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { consumeAuthToken, createAuthToken } from "@/lib/auth/tokens";
import { deliverEmail, recordTemplatedEmail } from "@/lib/mail/mailer";
import { toMailLocale } from "@/lib/mail/templates";
import { consumeRateLimits } from "@/lib/rate-limit/consume-rate-limit";
import type { SignUpInput } from "./schemas";

const VERIFICATION_LIFETIME_MS = 24 * 60 * 60 * 1000;

type Links = { verifyUrl: (token: string) => string; signInUrl: string };

const HOUR_MS = 60 * 60 * 1000;
/** Sign-up emails per address, and sign-ups per client, in an hour. */
export const SIGN_UPS_PER_RECIPIENT = 3;
export const SIGN_UPS_PER_CLIENT = 10;

export type SignUpResult = { outcome: "accepted" } | { outcome: "rateLimited"; retryAfterMinutes: number };

/**
 * Creates an unverified owner account and emails a verification link — or, when the email already has an
 * account, emails that account instead. Either way the caller answers the same, so sign-up reveals nothing about
 * who has an account. The account, token, email and audit entry commit together. Counted per client and per
 * address (existing or not), and the email carries nothing the person signing up typed: the address is not yet
 * known to be theirs, so the portal must not carry their text into someone else's inbox.
 */
export async function registerAccount(
  input: SignUpInput,
  links: Links,
  context: { clientAddress: string | null; now?: Date; locale?: string },
): Promise<SignUpResult> {
  // The language of the page they signed up on: the account's emails are written in it.
  const locale = toMailLocale(context.locale);
  const limit = await consumeRateLimits(
    [
      ...(context.clientAddress
        ? [{ bucket: "signUp:client", key: context.clientAddress, limit: SIGN_UPS_PER_CLIENT, windowMs: HOUR_MS }]
        : []),
      { bucket: "signUp:recipient", key: input.email, limit: SIGN_UPS_PER_RECIPIENT, windowMs: HOUR_MS },
    ],
    context.now,
  );
  if (!limit.isAllowed) return { outcome: "rateLimited", retryAfterMinutes: Math.ceil(limit.retryAfterSeconds / 60) };
  const passwordHash = await hashPassword(input.password);
  const emailId = await prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { email: true, locale: true } });
    if (existing) {
      return recordTemplatedEmail(tx, existing, "signUpExistingAccount", { signInUrl: links.signInUrl });
    }
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, passwordHash, role: "OWNER", locale },
      select: { id: true },
    });
    const token = await createAuthToken(tx, user.id, "VERIFY_EMAIL", VERIFICATION_LIFETIME_MS);
    await tx.auditLog.create({
      data: { actorId: user.id, actorRole: "OWNER", action: "user.signUp", entityType: "User", entityId: user.id },
    });
    return recordTemplatedEmail(tx, { email: input.email, locale }, "verifyEmail", {
      verifyUrl: links.verifyUrl(token),
    });
  });
  await deliverEmail(emailId);
  return { outcome: "accepted" };
}

/** Marks the email of the token's account as verified; false for an unknown, used or expired token. */
export async function verifyEmailWithToken(token: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const userId = await consumeAuthToken(tx, token, "VERIFY_EMAIL");
    if (!userId) return false;
    await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() } });
    await tx.auditLog.create({
      data: { actorId: userId, actorRole: "OWNER", action: "user.verifyEmail", entityType: "User", entityId: userId },
    });
    return true;
  });
}
