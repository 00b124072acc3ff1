import "server-only";
import { prisma } from "@/lib/db/client";

/**
 * Ends a session server-side at sign-out: bumping the account's session version makes every cookie issued before
 * it (this one and any copy of it, on every device) refused by findSessionUser. Only a session that is still valid
 * can bump it, so replaying an old cookie's sign-out does nothing.
 */
export async function revokeSession(token: Record<string, unknown> | null | undefined) {
  if (typeof token?.userId !== "string" || typeof token.sessionVersion !== "number") return;
  await prisma.user.updateMany({
    where: { id: token.userId, sessionVersion: token.sessionVersion },
    data: { sessionVersion: { increment: 1 } },
  });
}
