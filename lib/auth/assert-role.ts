import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { isAdminRole, isStaffRole } from "@/lib/auth/permissions";

/** A data function was called by someone whose role does not allow it (a bug or a forged request). */
export class ForbiddenError extends Error {
  constructor() {
    super("Forbidden");
    this.name = "ForbiddenError";
  }
}

type Actor = { id: string; role: UserRole };

export function assertStaff(actor: Actor | null | undefined): asserts actor is Actor {
  if (!actor || !isStaffRole(actor.role)) throw new ForbiddenError();
}

export function assertAdmin(actor: Actor | null | undefined): asserts actor is Actor {
  if (!actor || !isAdminRole(actor.role)) throw new ForbiddenError();
}

/**
 * Re-reads the actor inside a writing transaction: a role taken from the session may be stale by the time the
 * change commits (another admin demoted or disabled this one a moment ago).
 */
export async function assertActiveAdmin(tx: Prisma.TransactionClient, actor: Actor | null | undefined) {
  assertAdmin(actor);
  const current = await tx.user.findUnique({ where: { id: actor.id }, select: { role: true, isDisabled: true } });
  if (!current || current.isDisabled || !isAdminRole(current.role)) throw new ForbiddenError();
}

export async function assertActiveStaff(tx: Prisma.TransactionClient, actor: Actor | null | undefined) {
  assertStaff(actor);
  const current = await tx.user.findUnique({ where: { id: actor.id }, select: { role: true, isDisabled: true } });
  if (!current || current.isDisabled || !isStaffRole(current.role)) throw new ForbiddenError();
}
