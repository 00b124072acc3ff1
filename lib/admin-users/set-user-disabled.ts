import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { lockActiveAdmins } from "./admin-lock";

export type SetDisabledResult = "changed" | "unchanged" | "self" | "lastAdmin" | "notFound";

/**
 * An admin disables or re-enables another account. Disabling bumps the session version, so the account's open
 * sessions end at their next request (lib/auth/credentials.ts); admins cannot disable themselves or the last
 * active admin.
 */
export async function setUserDisabled(
  actor: AuditActor,
  userId: string,
  isDisabled: boolean,
): Promise<SetDisabledResult> {
  return prisma.$transaction(async (tx) => {
    const activeAdminIds = await lockActiveAdmins(tx, actor);
    if (userId === actor.id) return "self";
    const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true, isDisabled: true } });
    if (!target) return "notFound";
    if (target.isDisabled === isDisabled) return "unchanged";
    if (isDisabled && target.role === "ADMIN" && activeAdminIds.filter((id) => id !== userId).length === 0) {
      return "lastAdmin";
    }
    await tx.user.update({
      where: { id: userId },
      data: isDisabled ? { isDisabled, sessionVersion: { increment: 1 } } : { isDisabled },
    });
    await recordAudit(tx, actor, {
      action: isDisabled ? "user.disable" : "user.enable",
      entityType: "User",
      entityId: userId,
      before: { isDisabled: target.isDisabled },
      after: { isDisabled },
    });
    return "changed";
  });
}
