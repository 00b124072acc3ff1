import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db/client";

// Failed sign-ins are counted over a short window, per (account, client address) and per client address. Only
// those two refuse: an attacker elsewhere cannot close an account to its owner. Failures on the account from all
// addresses together only slow each further attempt down (accountSlowdownMs), so guessing spread over many addresses
// stays slow while the owner still gets in. Every attempt is reserved (recorded as a failure) before the password is
// verified, under a lock per address, so parallel guesses cannot all pass the count before any is recorded.
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Failures allowed per (account, client address) in the window. */
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_ADDRESS = 30;
/** Failures on one account (from any address) in the window before each attempt on it is delayed. */
export const ACCOUNT_SLOWDOWN_AFTER = 10;
const MAX_SLOWDOWN_MS = 10_000;

/** How sign-in attempts name an email: its SHA-256, after trimming and lower-casing. */
export const hashEmail = (email: string) => createHash("sha256").update(email.trim().toLowerCase()).digest("hex");

/** 0 below the threshold, then 1 s, doubling every 10 further failures, at most 10 s. */
export function accountSlowdownMs(accountFailures: number): number {
  if (accountFailures < ACCOUNT_SLOWDOWN_AFTER) return 0;
  return Math.min(1000 * 2 ** Math.floor((accountFailures - ACCOUNT_SLOWDOWN_AFTER) / 10), MAX_SLOWDOWN_MS);
}

export type SignInReservation = { outcome: "throttled" } | { outcome: "reserved"; attemptId: string; delayMs: number };

/**
 * Reserves one attempt for `email` from `ipAddress`: refused when the pair or the address has used up its failures,
 * otherwise recorded as a failure at once (settleSignInAttempt turns it into a success or withdraws it) together
 * with the delay to wait before verifying anything.
 */
export async function reserveSignInAttempt(
  email: string,
  ipAddress: string | null,
  now: Date = new Date(),
): Promise<SignInReservation> {
  const emailHash = hashEmail(email);
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const recentFailures = { isSuccess: false, createdAt: { gt: since } };
  return prisma.$transaction(async (tx) => {
    // Every attempt from one address (or, without an address, on one account) waits for the one before it.
    const lockKey = `sign-in\n${ipAddress ?? `account:${emailHash}`}`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))`;
    const [pairFailures, addressFailures, accountFailures] = await Promise.all([
      tx.loginAttempt.count({ where: { emailHash, ipAddress, ...recentFailures } }),
      ipAddress ? tx.loginAttempt.count({ where: { ipAddress, ...recentFailures } }) : Promise.resolve(0),
      tx.loginAttempt.count({ where: { emailHash, ...recentFailures } }),
    ]);
    if (pairFailures >= MAX_FAILURES_PER_ACCOUNT || addressFailures >= MAX_FAILURES_PER_ADDRESS) {
      return { outcome: "throttled" as const };
    }
    const attempt = await tx.loginAttempt.create({
      data: { emailHash, ipAddress, isSuccess: false, createdAt: now },
      select: { id: true },
    });
    return { outcome: "reserved" as const, attemptId: attempt.id, delayMs: accountSlowdownMs(accountFailures) };
  });
}

/** A reserved attempt that signed in ("success"), or that was no attempt at all ("withdrawn", e.g. code asked). */
export async function settleSignInAttempt(attemptId: string, result: "success" | "withdrawn") {
  if (result === "success") {
    await prisma.loginAttempt.update({ where: { id: attemptId }, data: { isSuccess: true } });
  } else {
    await prisma.loginAttempt.delete({ where: { id: attemptId } });
  }
}

/** Whether the pair or the address has used up its failures (for password checks of a signed-in user). */
export async function isSignInThrottled(email: string, ipAddress: string | null): Promise<boolean> {
  const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
  const recentFailures = { isSuccess: false, createdAt: { gt: since } };
  const [pairFailures, addressFailures] = await Promise.all([
    prisma.loginAttempt.count({ where: { emailHash: hashEmail(email), ipAddress, ...recentFailures } }),
    ipAddress ? prisma.loginAttempt.count({ where: { ipAddress, ...recentFailures } }) : Promise.resolve(0),
  ]);
  return pairFailures >= MAX_FAILURES_PER_ACCOUNT || addressFailures >= MAX_FAILURES_PER_ADDRESS;
}

export async function recordSignInAttempt(email: string, ipAddress: string | null, isSuccess: boolean) {
  await prisma.loginAttempt.create({ data: { emailHash: hashEmail(email), ipAddress, isSuccess } });
}
