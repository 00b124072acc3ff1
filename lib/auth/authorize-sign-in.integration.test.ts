import { generate, generateSecret } from "otplib";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createUser } from "@/tests/support/factories";
import { hashPassword } from "./password";
import { hashEmail, MAX_FAILURES_PER_ACCOUNT } from "./throttle";
import { checkSignIn } from "./authorize-sign-in";

const PASSWORD = "kata-sandi-yang-panjang";

async function createUserWithSecondFactor() {
  const secret = generateSecret();
  const user = await createUser({
    role: "STAFF",
    passwordHash: await hashPassword(PASSWORD),
    emailVerifiedAt: new Date(),
    totpSecret: secret,
    totpEnabledAt: new Date(),
  });
  return { user, secret };
}

const failuresOf = (email: string) =>
  prisma.loginAttempt.count({ where: { emailHash: hashEmail(email), isSuccess: false } });
const codeAt = (secret: string, instant: Date) => generate({ secret, epoch: Math.floor(instant.getTime() / 1000) });

/** A well-formed code that is none of the codes accepted at `now` (this step and its two neighbours). */
async function wrongCodeAt(secret: string, now: Date) {
  const accepted = await Promise.all(
    [-30_000, 0, 30_000].map((offset) => codeAt(secret, new Date(now.getTime() + offset))),
  );
  let code = 0;
  while (accepted.includes(String(code).padStart(6, "0"))) code++;
  return String(code).padStart(6, "0");
}

describe("signing in with a second factor", () => {
  it("asks for the code after the right password, without counting a failure", async () => {
    const { user } = await createUserWithSecondFactor();
    expect(await checkSignIn({ email: user.email, password: PASSWORD }, null)).toEqual({ outcome: "totpRequired" });
    expect(await failuresOf(user.email)).toBe(0);
  });

  it("signs in with the current code, and never hands out the secret", async () => {
    const { user, secret } = await createUserWithSecondFactor();
    const now = new Date();
    const check = await checkSignIn(
      { email: user.email, password: PASSWORD, code: await codeAt(secret, now) },
      null,
      now,
    );
    expect(check).toMatchObject({ outcome: "signedIn", user: { id: user.id, role: "STAFF", hasTotp: true } });
    expect(JSON.stringify(check)).not.toContain(secret);
  });

  it("refuses a wrong code and counts it toward the throttle", async () => {
    const { user, secret } = await createUserWithSecondFactor();
    const now = new Date();
    const wrong = await wrongCodeAt(secret, now);
    expect(await checkSignIn({ email: user.email, password: PASSWORD, code: wrong }, null, now)).toEqual({
      outcome: "totpInvalid",
    });
    expect(await failuresOf(user.email)).toBe(1);
  });

  it("accepts the code of the previous 30-second step (clock drift) but not an older one", async () => {
    const { user, secret } = await createUserWithSecondFactor();
    // A fixed instant keeps the codes fixed: none of the old ones repeats one accepted now.
    const now = new Date("2026-11-24T03:00:10Z");
    const codeSecondsAgo = (seconds: number) => codeAt(secret, new Date(now.getTime() - seconds * 1000));
    const accepted = await Promise.all([-30, 0, 30].map(codeSecondsAgo));
    const stale = (await Promise.all([90, 120, 300].map(codeSecondsAgo))).filter((code) => !accepted.includes(code));
    expect(stale.length).toBeGreaterThan(0);
    const signIn = (code: string) => checkSignIn({ email: user.email, password: PASSWORD, code }, null, now);

    expect(await signIn(await codeSecondsAgo(30))).toMatchObject({ outcome: "signedIn" });
    for (const code of stale) expect(await signIn(code)).toEqual({ outcome: "totpInvalid" });
  });

  it("accepts each code once: the same code is refused again within its window, a later one works", async () => {
    const { user, secret } = await createUserWithSecondFactor();
    const now = new Date("2026-11-24T04:00:05Z");
    const code = await codeAt(secret, now);
    const signIn = (typed: string, at: Date) =>
      checkSignIn({ email: user.email, password: PASSWORD, code: typed }, null, at);

    expect(await signIn(code, now)).toMatchObject({ outcome: "signedIn" });
    // Someone who saw it typed, ten seconds later: still inside the code's window, and refused.
    expect(await signIn(code, new Date(now.getTime() + 10_000))).toEqual({ outcome: "totpInvalid" });
    expect(await failuresOf(user.email)).toBe(1);
    // A code from before the one used is refused too, even though its step is still tolerated.
    expect(await signIn(await codeAt(secret, new Date(now.getTime() - 30_000)), now)).toEqual({
      outcome: "totpInvalid",
    });
    const next = new Date(now.getTime() + 30_000);
    expect(await signIn(await codeAt(secret, next), next)).toMatchObject({ outcome: "signedIn" });
  });

  it("lets only one of two sign-ins racing with the same code through", async () => {
    const { user, secret } = await createUserWithSecondFactor();
    const now = new Date();
    const code = await codeAt(secret, now);
    const outcomes = await Promise.all(
      [0, 1, 2, 3].map(() => checkSignIn({ email: user.email, password: PASSWORD, code }, null, now)),
    );
    expect(outcomes.filter((check) => check.outcome === "signedIn")).toHaveLength(1);
    expect(outcomes.filter((check) => check.outcome === "totpInvalid")).toHaveLength(3);
  });

  it("closes the sign-in after repeated wrong codes, even for the right code", async () => {
    const { user, secret } = await createUserWithSecondFactor();
    const now = new Date();
    const wrong = await wrongCodeAt(secret, now);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await checkSignIn({ email: user.email, password: PASSWORD, code: wrong }, null, now);
    }
    expect(
      await checkSignIn({ email: user.email, password: PASSWORD, code: await codeAt(secret, now) }, null, now),
    ).toEqual({ outcome: "throttled" });
  });

  it("does not ask accounts without a second factor for a code", async () => {
    const user = await createUser({ passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: new Date() });
    expect(await checkSignIn({ email: user.email, password: PASSWORD }, null)).toMatchObject({ outcome: "signedIn" });
    expect(await checkSignIn({ email: user.email, password: "salah-sekali" }, null)).toEqual({
      outcome: "invalidCredentials",
    });
  });
});
