import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createUser } from "@/tests/support/factories";
import { hashPassword } from "./password";
import { checkSignIn } from "./authorize-sign-in";
import {
  ACCOUNT_SLOWDOWN_AFTER,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  accountSlowdownMs,
  hashEmail,
  recordSignInAttempt,
} from "./throttle";

const PASSWORD = "kata-sandi-yang-panjang";
const uniqueAddress = () => `10.${crypto.randomInt(255)}.${crypto.randomInt(255)}.${crypto.randomInt(255)}`;
const wrongPassword = (i: number) => `tebakan-salah-nomor-${i}`;
const noWait = async () => {};

async function createAccount() {
  return createUser({ passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: new Date() });
}

describe("sign-in throttling under parallel guesses", () => {
  it("verifies no more guesses than the limit when 40 arrive at once from one address", async () => {
    const user = await createAccount();
    const address = uniqueAddress();
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        checkSignIn({ email: user.email, password: wrongPassword(i) }, address, new Date(), noWait),
      ),
    );
    // "invalidCredentials" means the password was verified; every other guess was refused before that.
    expect(outcomes.filter((check) => check.outcome === "invalidCredentials")).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    expect(outcomes.filter((check) => check.outcome === "throttled")).toHaveLength(40 - MAX_FAILURES_PER_ACCOUNT);
    expect(await prisma.loginAttempt.count({ where: { emailHash: hashEmail(user.email), ipAddress: address } })).toBe(
      MAX_FAILURES_PER_ACCOUNT,
    );
    // The right password from that address is now refused too: it is never checked.
    expect(await checkSignIn({ email: user.email, password: PASSWORD }, address, new Date(), noWait)).toEqual({
      outcome: "throttled",
    });
  });

  it("lets the right password in among 40 parallel attempts only if it was one of the first 10 reserved", async () => {
    const user = await createAccount();
    const address = uniqueAddress();
    const passwords = Array.from({ length: 40 }, (_, i) => (i === 34 ? PASSWORD : wrongPassword(i)));
    const outcomes = await Promise.all(
      passwords.map((password) => checkSignIn({ email: user.email, password }, address, new Date(), noWait)),
    );
    const verified = outcomes.filter((check) => check.outcome !== "throttled");
    expect(verified).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
  });

  it("holds parallel guesses spread over many accounts from one address to the address limit", async () => {
    const users = await Promise.all(Array.from({ length: 4 }, () => createAccount()));
    const address = uniqueAddress();
    const outcomes = await Promise.all(
      Array.from({ length: 44 }, (_, i) =>
        checkSignIn({ email: users[i % 4]!.email, password: wrongPassword(i) }, address, new Date(), noWait),
      ),
    );
    expect(outcomes.filter((check) => check.outcome === "invalidCredentials")).toHaveLength(MAX_FAILURES_PER_ADDRESS);
  });

  it("does not close the account to its owner at another address: it slows the sign-in down instead", async () => {
    const user = await createAccount();
    // Someone elsewhere has failed on this account from several addresses.
    for (let i = 0; i < ACCOUNT_SLOWDOWN_AFTER + 10; i++) {
      await recordSignInAttempt(user.email, uniqueAddress(), false);
    }
    const attacker = uniqueAddress();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await checkSignIn({ email: user.email, password: wrongPassword(i) }, attacker, new Date(), noWait);
    }
    expect((await checkSignIn({ email: user.email, password: PASSWORD }, attacker, new Date(), noWait)).outcome).toBe(
      "throttled",
    );

    const waits: number[] = [];
    const owner = await checkSignIn({ email: user.email, password: PASSWORD }, uniqueAddress(), new Date(), (ms) => {
      waits.push(ms);
      return Promise.resolve();
    });
    expect(owner).toMatchObject({ outcome: "signedIn" });
    expect(waits).toEqual([accountSlowdownMs(ACCOUNT_SLOWDOWN_AFTER + 10 + MAX_FAILURES_PER_ACCOUNT)]);
    expect(waits[0]).toBeGreaterThan(0);
  });

  it("slows down progressively and never beyond 10 s", () => {
    expect(accountSlowdownMs(ACCOUNT_SLOWDOWN_AFTER - 1)).toBe(0);
    expect(accountSlowdownMs(ACCOUNT_SLOWDOWN_AFTER)).toBe(1000);
    expect(accountSlowdownMs(ACCOUNT_SLOWDOWN_AFTER + 10)).toBe(2000);
    expect(accountSlowdownMs(10_000)).toBe(10_000);
  });
});
