import "server-only";
import { prisma } from "@/lib/db/client";

/** The second-factor state of the signed-in user's own account; the secret only while enrolment is pending. */
export async function getSecondFactorSettings(userId: string) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, totpSecret: true, totpEnabledAt: true },
  });
  return {
    email: user.email,
    enabledAt: user.totpEnabledAt,
    pendingSecret: user.totpEnabledAt ? null : user.totpSecret,
  };
}
