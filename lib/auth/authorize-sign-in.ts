import "server-only";
import { signInSchema } from "@/lib/auth/schemas";
import { verifyCredentials, type SessionUser } from "@/lib/auth/credentials";
import { isSignInThrottled, recordSignInAttempt } from "@/lib/auth/throttle";
import { claimTotpTimeStep, verifyTotpCode } from "@/lib/auth/second-factor";

export type SignInCheck =
  | { outcome: "signedIn"; user: SessionUser }
  | { outcome: "invalidCredentials" | "throttled" | "totpRequired" | "totpInvalid" };

/**
 * Checks one sign-in: throttle, password, then the 6-digit code when the account has a second factor. Asking for
 * the code is not a failure; a wrong password or a wrong code is, so guessing either runs into the throttle.
 */
export async function checkSignIn(
  raw: unknown,
  ipAddress: string | null,
  now: Date = new Date(),
): Promise<SignInCheck> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { outcome: "invalidCredentials" };
  const { email, password, code } = parsed.data;
  if (await isSignInThrottled(email, ipAddress)) return { outcome: "throttled" };
  const user = await verifyCredentials(email, password);
  if (!user) {
    await recordSignInAttempt(email, ipAddress, false);
    return { outcome: "invalidCredentials" };
  }
  if (user.totpSecret) {
    if (!code) return { outcome: "totpRequired" };
    const timeStep = await verifyTotpCode(user.totpSecret, code, now);
    if (timeStep === null || !(await claimTotpTimeStep(user.id, timeStep))) {
      await recordSignInAttempt(email, ipAddress, false);
      return { outcome: "totpInvalid" };
    }
  }
  await recordSignInAttempt(email, ipAddress, true);
  const { id, name, role, sessionVersion, hasTotp } = user;
  return { outcome: "signedIn", user: { id, name, email: user.email, role, sessionVersion, hasTotp } };
}
