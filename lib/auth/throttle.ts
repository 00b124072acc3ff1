import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db/client";

// Failed sign-ins are counted over a short window, per account and per client address. An attacker can hold an
// account's sign-in closed for at most one window (15 minutes) while failing, never longer; the owner can always
// reset the password, which does not count as a sign-in.
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_ADDRESS = 30;

/** How sign-in attempts name an email: its SHA-256, after trimming and lower-casing. */
export const hashEmail = (email: string) => createHash("sha256").update(email.trim().toLowerCase()).digest("hex");

export async function isSignInThrottled(email: string, ipAddress: string | null): Promise<boolean> {
  const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
  const [accountFailures, addressFailures] = await Promise.all([
    prisma.loginAttempt.count({ where: { emailHash: hashEmail(email), isSuccess: false, createdAt: { gt: since } } }),
    ipAddress
      ? prisma.loginAttempt.count({ where: { ipAddress, isSuccess: false, createdAt: { gt: since } } })
      : Promise.resolve(0),
  ]);
  return accountFailures >= MAX_FAILURES_PER_ACCOUNT || addressFailures >= MAX_FAILURES_PER_ADDRESS;
}

export async function recordSignInAttempt(email: string, ipAddress: string | null, isSuccess: boolean) {
  await prisma.loginAttempt.create({ data: { emailHash: hashEmail(email), ipAddress, isSuccess } });
}

/** The client address from the configured trusted proxy header (its first entry), or null when none is trusted. */
export function readClientAddress(headers: Headers, trustedHeader: string | undefined): string | null {
  if (!trustedHeader) return null;
  const value = headers.get(trustedHeader)?.split(",")[0]?.trim();
  return value ? value.slice(0, 64) : null;
}
