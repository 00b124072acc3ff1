import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { lockActiveAdmins } from "./admin-lock";

export type ChangeRoleResult = "changed" | "unchanged" | "self" | "lastAdmin" | "notFound";

/**
 * An admin changes another account's role. Admins cannot change their own role (another admin must), and the
 * last active admin cannot be demoted. The change and its audit entry commit together.
 */
export async function changeUserRole(actor: AuditActor, userId: string, role: UserRole): Promise<ChangeRoleResult> {
  return prisma.$transaction(async (tx) => {
    const activeAdminIds = await lockActiveAdmins(tx, actor);
    if (userId === actor.id) return "self";
    const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true, isDisabled: true } });
    if (!target) return "notFound";
    if (target.role === role) return "unchanged";
    const isActiveAdmin = target.role === "ADMIN" && !target.isDisabled;
    if (isActiveAdmin && activeAdminIds.filter((id) => id !== userId).length === 0) return "lastAdmin";
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, actor, {
      action: "user.changeRole",
      entityType: "User",
      entityId: userId,
      before: { role: target.role },
      after: { role },
    });
    return "changed";
  });
}
