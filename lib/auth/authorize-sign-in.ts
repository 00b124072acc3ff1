import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { signInSchema } from "@/lib/auth/schemas";
import { verifyCredentials, type SessionUser } from "@/lib/auth/credentials";
import { reserveSignInAttempt, settleSignInAttempt } from "@/lib/auth/throttle";
import { claimTotpTimeStep, verifyTotpCode } from "@/lib/auth/second-factor";

export type SignInCheck =
  | { outcome: "signedIn"; user: SessionUser }
  | { outcome: "invalidCredentials" | "throttled" | "totpRequired" | "totpInvalid" };

/**
 * Checks one sign-in: reserve an attempt (throttle), wait out the account's slowdown, password, then the 6-digit
 * code when the account has a second factor. Asking for the code is not a failure; a wrong password or a wrong
 * code is, so guessing either runs into the throttle.
 */
export async function checkSignIn(
  raw: unknown,
  ipAddress: string | null,
  now: Date = new Date(),
  wait: (ms: number) => Promise<unknown> = sleep,
): Promise<SignInCheck> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { outcome: "invalidCredentials" };
  const { email, password, code } = parsed.data;
  const reservation = await reserveSignInAttempt(email, ipAddress);
  if (reservation.outcome === "throttled") return { outcome: "throttled" };
  if (reservation.delayMs > 0) await wait(reservation.delayMs);
  const user = await verifyCredentials(email, password);
  if (!user) return { outcome: "invalidCredentials" };
  if (user.totpSecret) {
    if (!code) {
      await settleSignInAttempt(reservation.attemptId, "withdrawn");
      return { outcome: "totpRequired" };
    }
    const timeStep = await verifyTotpCode(user.totpSecret, code, now);
    if (timeStep === null || !(await claimTotpTimeStep(user.id, timeStep))) return { outcome: "totpInvalid" };
  }
  await settleSignInAttempt(reservation.attemptId, "success");
  const { id, name, role, sessionVersion, hasTotp } = user;
  return { outcome: "signedIn", user: { id, name, email: user.email, role, sessionVersion, hasTotp } };
}
