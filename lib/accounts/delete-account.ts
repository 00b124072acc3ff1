import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { lockActiveAdmins } from "@/lib/admin-users/admin-lock";
import { verifyPassword } from "@/lib/auth/password";
import { hashEmail, isSignInThrottled, recordSignInAttempt } from "@/lib/auth/throttle";

export type DeleteAccountResult = "deleted" | "wrongPassword" | "throttled" | "lastAdmin";

/**
 * Deletes the account after the person types their password again (wrong passwords count like failed sign-ins).
 * What the schema links to the user is removed with it or loses the link (listings stay, without this manager);
 * the emails the portal kept for the address and the sign-in attempts under its hash go too. The audit entry
 * names only the account id, so it holds no personal data. The last active admin cannot leave: the portal would
 * have no one to manage users.
 */
export async function deleteAccount(
  userId: string,
  password: string,
  ipAddress: string | null,
): Promise<DeleteAccountResult> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, email: true, role: true, passwordHash: true },
  });
  if (await isSignInThrottled(user.email, ipAddress)) return "throttled";
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password))) {
    await recordSignInAttempt(user.email, ipAddress, false);
    return "wrongPassword";
  }
  return prisma.$transaction(async (tx): Promise<DeleteAccountResult> => {
    if (user.role === "ADMIN") {
      // Serialised with other admin changes, so two admins deleting themselves at once cannot both pass.
      const activeAdmins = await lockActiveAdmins(tx, { id: user.id, role: user.role });
      if (activeAdmins.every((id) => id === user.id)) return "lastAdmin";
    }
    await tx.outboxEmail.deleteMany({ where: { to: user.email } });
    await tx.loginAttempt.deleteMany({ where: { emailHash: hashEmail(user.email) } });
    await tx.user.delete({ where: { id: user.id } });
    await recordAudit(
      tx,
      { id: user.id, role: user.role },
      { action: "user.delete", entityType: "User", entityId: user.id },
    );
    return "deleted";
  });
}
