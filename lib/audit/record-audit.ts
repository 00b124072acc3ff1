import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UserRole } from "@/lib/generated/prisma/enums";

export type AuditActor = { id: string; role: UserRole };

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/**
 * Writes one append-only audit entry inside the caller's transaction, so the change and its entry commit or
 * fail together. `actor` is null for changes made by the public (an enquiry, a problem report) or by a job.
 */
export async function recordAudit(
  tx: Prisma.TransactionClient,
  actor: AuditActor | null,
  entry: AuditEntry,
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before,
      after: entry.after,
    },
  });
}
