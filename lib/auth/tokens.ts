import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuthTokenPurpose } from "@/lib/generated/prisma/enums";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

// One live token per account and purpose: creating or using one first takes this lock, so two requests cannot both
// leave a live token behind.
async function lockAccountTokens(tx: Prisma.TransactionClient, userId: string, purpose: AuthTokenPurpose) {
  const key = `auth-token\n${userId}\n${purpose}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}

/**
 * A new single-use token; only its hash is stored, so a database leak reveals no usable link. Every earlier unused
 * token of the account for the same purpose is withdrawn: only the newest link works.
 */
export async function createAuthToken(
  tx: Prisma.TransactionClient,
  userId: string,
  purpose: AuthTokenPurpose,
  lifetimeMs: number,
): Promise<string> {
  await lockAccountTokens(tx, userId, purpose);
  await tx.authToken.deleteMany({ where: { userId, purpose, usedAt: null } });
  const token = randomBytes(32).toString("base64url");
  await tx.authToken.create({
    data: { tokenHash: hashToken(token), purpose, userId, expiresAt: new Date(Date.now() + lifetimeMs) },
  });
  return token;
}

/**
 * Uses a token once: the user it belongs to, or null when it is unknown, expired, used, withdrawn or for another
 * purpose. Using it withdraws every other unused token of the account for that purpose.
 */
export async function consumeAuthToken(
  tx: Prisma.TransactionClient,
  token: string,
  purpose: AuthTokenPurpose,
): Promise<string | null> {
  const tokenHash = hashToken(token);
  const row = await tx.authToken.findUnique({ where: { tokenHash }, select: { userId: true, purpose: true } });
  if (!row || row.purpose !== purpose) return null;
  await lockAccountTokens(tx, row.userId, purpose);
  // One conditional update: two concurrent uses cannot both succeed.
  const { count } = await tx.authToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  if (count !== 1) return null;
  await tx.authToken.deleteMany({ where: { userId: row.userId, purpose, usedAt: null } });
  return row.userId;
}
