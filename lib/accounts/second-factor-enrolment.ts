import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { generateTotpSecret, verifyTotpCode } from "@/lib/auth/second-factor";
import { isSignInThrottled, recordSignInAttempt } from "@/lib/auth/throttle";

export type SecondFactorChange = "done" | "invalidCode" | "throttled" | "notStarted" | "alreadyEnabled" | "notEnabled";

/**
 * Starts enrolment: a new secret is kept on the account, not yet in force (totpEnabledAt stays null) until the
 * person proves their app has it by typing a code. Starting again replaces a pending secret.
 */
export async function startSecondFactorEnrolment(userId: string): Promise<"done" | "alreadyEnabled"> {
  const { count } = await prisma.user.updateMany({
    where: { id: userId, totpEnabledAt: null },
    data: { totpSecret: generateTotpSecret() },
  });
  return count === 1 ? "done" : "alreadyEnabled";
}

// A code typed to enrol or to switch the second factor off is a guess worth throttling like a sign-in: someone
// holding a stolen session must not be able to try all million codes.
async function checkCode(
  email: string,
  secret: string,
  code: string,
): Promise<{ outcome: "done"; timeStep: number } | { outcome: "invalidCode" | "throttled" }> {
  if (await isSignInThrottled(email, null)) return { outcome: "throttled" };
  const timeStep = await verifyTotpCode(secret, code);
  if (timeStep !== null) return { outcome: "done", timeStep };
  await recordSignInAttempt(email, null, false);
  return { outcome: "invalidCode" };
}

/** Puts the pending secret in force once `code` matches it; audited. */
export async function enableSecondFactor(actor: AuditActor, code: string): Promise<SecondFactorChange> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { email: true, totpSecret: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) return "alreadyEnabled";
  if (!user.totpSecret) return "notStarted";
  const checked = await checkCode(user.email, user.totpSecret, code);
  if (checked.outcome !== "done") return checked.outcome;
  return prisma.$transaction(async (tx): Promise<SecondFactorChange> => {
    // Conditional on the same pending secret: a restarted enrolment in another tab is not enabled by this code.
    // The code that enrolled cannot sign in afterwards (its step counts as used).
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, totpEnabledAt: null, totpSecret: user.totpSecret },
      data: { totpEnabledAt: new Date(), totpLastTimeStep: checked.timeStep },
    });
    if (count !== 1) return "notStarted";
    await recordAudit(tx, actor, { action: "user.enableTotp", entityType: "User", entityId: actor.id });
    return "done";
  });
}

/** Switches the second factor off; needs a current code, so a stolen session alone cannot do it. Audited. */
export async function disableSecondFactor(actor: AuditActor, code: string): Promise<SecondFactorChange> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { email: true, totpSecret: true, totpEnabledAt: true },
  });
  if (!user.totpEnabledAt || !user.totpSecret) return "notEnabled";
  const checked = await checkCode(user.email, user.totpSecret, code);
  if (checked.outcome !== "done") return checked.outcome;
  return prisma.$transaction(async (tx): Promise<SecondFactorChange> => {
    await tx.user.update({
      where: { id: actor.id },
      data: { totpSecret: null, totpEnabledAt: null, totpLastTimeStep: null },
    });
    await recordAudit(tx, actor, { action: "user.disableTotp", entityType: "User", entityId: actor.id });
    return "done";
  });
}
