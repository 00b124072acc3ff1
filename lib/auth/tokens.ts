import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuthTokenPurpose } from "@/lib/generated/prisma/enums";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new single-use token; only its hash is stored, so a database leak reveals no usable link. */
export async function createAuthToken(
  tx: Prisma.TransactionClient,
  userId: string,
  purpose: AuthTokenPurpose,
  lifetimeMs: number,
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.authToken.create({
    data: { tokenHash: hashToken(token), purpose, userId, expiresAt: new Date(Date.now() + lifetimeMs) },
  });
  return token;
}

/** Uses a token once: the user it belongs to, or null when it is unknown, expired, used or for another purpose. */
export async function consumeAuthToken(
  tx: Prisma.TransactionClient,
  token: string,
  purpose: AuthTokenPurpose,
): Promise<string | null> {
  const tokenHash = hashToken(token);
  // One conditional update: two concurrent uses cannot both succeed.
  const { count } = await tx.authToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  if (count !== 1) return null;
  const row = await tx.authToken.findUnique({ where: { tokenHash }, select: { userId: true } });
  return row?.userId ?? null;
}
