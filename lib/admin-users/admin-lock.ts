import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ForbiddenError, assertAdmin } from "@/lib/auth/assert-role";
import type { UserRole } from "@/lib/generated/prisma/enums";

/**
 * Locks the rows of every active admin (in id order, so concurrent callers cannot deadlock) and returns their
 * ids. Two admins demoting or disabling each other at the same moment are serialised here, so the portal never
 * ends up without an active admin. Refuses an actor who is not (any longer) an active admin.
 */
export async function lockActiveAdmins(
  tx: Prisma.TransactionClient,
  actor: { id: string; role: UserRole },
): Promise<string[]> {
  assertAdmin(actor);
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND "isDisabled" = false ORDER BY "id" FOR UPDATE`;
  const ids = rows.map((row) => row.id);
  if (!ids.includes(actor.id)) throw new ForbiddenError();
  return ids;
}
