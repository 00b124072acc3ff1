import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import {
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  THROTTLE_WINDOW_MS,
  isSignInThrottled,
  recordSignInAttempt,
} from "./throttle";
import { readClientAddress } from "./client-address";

const uniqueEmail = () => `throttle-${crypto.randomBytes(4).toString("hex")}@contoh.id`;
const uniqueAddress = () => `10.${crypto.randomInt(255)}.${crypto.randomInt(255)}.${crypto.randomInt(255)}`;

describe("sign-in throttling", () => {
  it("closes an account after repeated failures, without touching other accounts", async () => {
    const email = uniqueEmail();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) await recordSignInAttempt(email, null, false);
    expect(await isSignInThrottled(email, null)).toBe(false);
    await recordSignInAttempt(email, null, false);
    expect(await isSignInThrottled(email.toUpperCase(), null)).toBe(true);
    expect(await isSignInThrottled(uniqueEmail(), null)).toBe(false);
  });

  it("reopens once the window has passed, so nobody is locked out for long", async () => {
    const email = uniqueEmail();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await recordSignInAttempt(email, null, false);
    expect(await isSignInThrottled(email, null)).toBe(true);
    const emailHash = crypto.createHash("sha256").update(email).digest("hex");
    await prisma.loginAttempt.updateMany({
      where: { emailHash },
      data: { createdAt: new Date(Date.now() - THROTTLE_WINDOW_MS - 1000) },
    });
    expect(await isSignInThrottled(email, null)).toBe(false);
  });

  it("closes an address that fails across many accounts", async () => {
    const address = uniqueAddress();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await recordSignInAttempt(uniqueEmail(), address, false);
    expect(await isSignInThrottled(uniqueEmail(), address)).toBe(true);
    expect(await isSignInThrottled(uniqueEmail(), uniqueAddress())).toBe(false);
  });

  it("reads the client address only from a configured trusted header", () => {
    const headers = new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" });
    expect(readClientAddress(headers, undefined)).toBeNull();
    expect(readClientAddress(headers, "x-forwarded-for")).toBe("203.0.113.7");
  });
});
