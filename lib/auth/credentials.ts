import "server-only";
import { prisma } from "@/lib/db/client";
import { randomBytes } from "node:crypto";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { UserRole } from "@/lib/generated/prisma/enums";

export type SessionUser = { id: string; name: string; email: string; role: UserRole; sessionVersion: number };

// A hash of a random password: verifying against it when the email is unknown costs the same time as a real
// check, so response time does not reveal whether an account exists.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(randomBytes(32).toString("hex")));

/**
 * The account for these credentials, or null — the same answer for an unknown email, a wrong password, a disabled
 * account and an email not yet verified.
 */
export async function verifyCredentials(email: string, password: string): Promise<SessionUser | null> {
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
    },
  });
  const isValid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (!user || !user.passwordHash || !isValid || user.isDisabled || !user.emailVerifiedAt) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}

/**
 * The account behind a session token, checked against the database on every request: a disabled account or a
 * changed password (a bumped sessionVersion) ends existing sessions at once.
 */
export async function findSessionUser(token: {
  userId?: unknown;
  sessionVersion?: unknown;
}): Promise<SessionUser | null> {
  if (typeof token.userId !== "string" || typeof token.sessionVersion !== "number") return null;
  const user = await prisma.user.findUnique({
    where: { id: token.userId },
    select: { id: true, name: true, email: true, role: true, isDisabled: true, sessionVersion: true },
  });
  if (!user || user.isDisabled || user.sessionVersion !== token.sessionVersion) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}
