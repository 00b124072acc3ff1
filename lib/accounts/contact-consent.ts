import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";

/**
 * An account holder agrees (or stops agreeing) that the city may contact them about its programmes. Only the
 * holder changes it; the never-reached invitation list (lib/reach/queries.ts) includes only those who agreed.
 */
export async function setContactConsent(user: AuditActor, mayContact: boolean): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, isDisabled: false },
      data: { mayContactAboutProgrammes: mayContact },
    });
    if (count !== 1) return;
    await recordAudit(tx, user, {
      action: "account.setContactConsent",
      entityType: "User",
      entityId: user.id,
      after: { mayContactAboutProgrammes: mayContact },
    });
  });
}

/** The account holder's own consent, for the choice in /akun. */
export async function getContactConsent(userId: string): Promise<boolean> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { mayContactAboutProgrammes: true } });
  return user?.mayContactAboutProgrammes ?? false;
}
