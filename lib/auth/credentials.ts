import "server-only";
import { prisma } from "@/lib/db/client";
import { randomBytes } from "node:crypto";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { hasSessionExpired, readSessionTimes } from "@/lib/auth/session-lifetime";
import type { UserRole } from "@/lib/generated/prisma/enums";

export type SessionUser = {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  sessionVersion: number;
  /** A second factor (TOTP) is enrolled. */
  hasTotp: boolean;
};

/** The account behind valid credentials, with its TOTP secret when a second factor is enrolled. */
export type CredentialsUser = SessionUser & { totpSecret: string | null };

// A hash of a random password: verifying against it when the email is unknown costs the same time as a real
// check, so response time does not reveal whether an account exists.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(randomBytes(32).toString("hex")));

/**
 * The account for these credentials, or null — the same answer for an unknown email, a wrong password, a disabled
 * account and an email not yet verified.
 */
export async function verifyCredentials(email: string, password: string): Promise<CredentialsUser | null> {
  const user = await prisma.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      passwordHash: true,
      isDisabled: true,
      sessionVersion: true,
      emailVerifiedAt: true,
      totpSecret: true,
      totpEnabledAt: true,
    },
  });
  const isValid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (!user || !user.passwordHash || !isValid || user.isDisabled || !user.emailVerifiedAt) return null;
  const hasTotp = user.totpEnabledAt !== null && user.totpSecret !== null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    sessionVersion: user.sessionVersion,
    hasTotp,
    totpSecret: hasTotp ? user.totpSecret : null,
  };
}

/**
 * The account behind a session token, checked against the database on every request: a disabled account or a
 * changed password (a bumped sessionVersion) ends existing sessions at once. The session lifetime rule is applied
 * again here with the role from the database, so a role changed since sign-in cannot keep a longer session;
 * `lastActiveAt` is the session's use before the current request.
 */
export async function findSessionUser(
  token: { userId?: unknown; sessionVersion?: unknown; signedInAt?: unknown; lastActiveAt?: unknown },
  now: number = Date.now(),
): Promise<SessionUser | null> {
  if (typeof token.userId !== "string" || typeof token.sessionVersion !== "number") return null;
  const times = readSessionTimes(token);
  if (!times) return null;
  const user = await prisma.user.findUnique({
    where: { id: token.userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      isDisabled: true,
      sessionVersion: true,
      totpEnabledAt: true,
    },
  });
  if (!user || user.isDisabled || user.sessionVersion !== token.sessionVersion) return null;
  if (hasSessionExpired(user.role, times, now)) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    sessionVersion: user.sessionVersion,
    hasTotp: user.totpEnabledAt !== null,
  };
}
