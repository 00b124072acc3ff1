import crypto from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { hashToken } from "@/lib/auth/tokens";
import { countRoundTrips } from "@/tests/support/count-round-trips";
import {
  RESET_REQUESTS_PER_CLIENT,
  RESET_REQUESTS_PER_RECIPIENT,
  requestPasswordReset,
  resetPasswordWithToken,
} from "./password-reset";
import { SIGN_UPS_PER_CLIENT, SIGN_UPS_PER_RECIPIENT, registerAccount, verifyEmailWithToken } from "./registration";

const resetUrl = (token: string) => `http://localhost/atur-ulang-kata-sandi?token=${token}`;
const links = { verifyUrl: (token: string) => `http://localhost/verifikasi-email?token=${token}`, signInUrl: "x" };
const tokenFrom = (body: string) => /token=([\w-]+)/.exec(body)?.[1] ?? "";
const uniqueEmail = (prefix: string) => `${prefix}-${crypto.randomBytes(4).toString("hex")}@contoh.id`;
const uniqueAddress = () => `172.16.${crypto.randomInt(255)}.${crypto.randomInt(255)}`;

async function createVerifiedUser() {
  return prisma.user.create({
    data: {
      email: uniqueEmail("token"),
      name: "Pemilik Token",
      passwordHash: await hashPassword("kata sandi lama sekali"),
      emailVerifiedAt: new Date(),
    },
  });
}

/** Asks for a reset from `clientAddress` and runs what the action defers until after its answer. */
async function askForReset(email: string, clientAddress: string | null = null) {
  const deferred: Array<() => Promise<void>> = [];
  const result = await requestPasswordReset(email, resetUrl, { clientAddress, defer: (work) => deferred.push(work) });
  for (const work of deferred) await work();
  return result;
}

async function resetTokensOf(email: string) {
  const messages = await prisma.outboxEmail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
  return messages.map((message) => tokenFrom(message.bodyText));
}

describe("one live token per purpose", () => {
  it("withdraws the older reset link when a newer one is sent", async () => {
    const user = await createVerifiedUser();
    await askForReset(user.email);
    await askForReset(user.email);
    const [older, newer] = await resetTokensOf(user.email);
    expect(await resetPasswordWithToken(older!, "kata sandi baru yang panjang")).toBe(false);
    expect(await resetPasswordWithToken(newer!, "kata sandi baru yang panjang")).toBe(true);
  });

  it("refuses an older token once a newer one has been used (tokens issued before this rule too)", async () => {
    const user = await createVerifiedUser();
    // Two live tokens, as they could exist before: created straight in the table.
    const [older, newer] = ["older", "newer"].map((name) => `${name}-${crypto.randomBytes(16).toString("hex")}`);
    for (const token of [older!, newer!]) {
      await prisma.authToken.create({
        data: {
          tokenHash: hashToken(token),
          purpose: "RESET_PASSWORD",
          userId: user.id,
          expiresAt: new Date(Date.now() + 3_600_000),
        },
      });
    }
    expect(await resetPasswordWithToken(newer!, "kata sandi baru yang panjang")).toBe(true);
    expect(await resetPasswordWithToken(older!, "kata sandi penyerang panjang")).toBe(false);
  });

  it("withdraws only tokens of the same purpose: a reset link leaves the verification link working", async () => {
    const email = uniqueEmail("verifikasi");
    await registerAccount({ name: "Warga", email, password: "kopi tugu malang pagi" }, links, { clientAddress: null });
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    await askForReset(email);
    // A reset link does not withdraw the verification link: one live token per purpose, not per account.
    expect(await prisma.authToken.count({ where: { userId: user.id, usedAt: null } })).toBe(2);
    const [verification] = await prisma.outboxEmail.findMany({
      where: { to: email, subject: { contains: "Verifikasi" } },
    });
    expect(await verifyEmailWithToken(tokenFrom(verification!.bodyText))).toBe(true);
  });
});

describe("reset and sign-up emails are limited per recipient and per client", () => {
  it("sends at most a few reset emails to one address an hour, known or not, from any number of clients", async () => {
    for (const email of [(await createVerifiedUser()).email, uniqueEmail("tak-dikenal")]) {
      const results = [];
      for (let i = 0; i <= RESET_REQUESTS_PER_RECIPIENT; i++) results.push(await askForReset(email, uniqueAddress()));
      expect(results.map((result) => result.outcome)).toEqual([
        ...Array.from({ length: RESET_REQUESTS_PER_RECIPIENT }, () => "accepted"),
        "rateLimited",
      ]);
    }
  });

  it("limits the reset requests of one client across many addresses, without touching other clients", async () => {
    const client = uniqueAddress();
    for (let i = 0; i < RESET_REQUESTS_PER_CLIENT; i++) {
      expect((await askForReset(uniqueEmail("banyak"), client)).outcome).toBe("accepted");
    }
    expect(await askForReset(uniqueEmail("banyak"), client)).toMatchObject({ outcome: "rateLimited" });
    expect((await askForReset(uniqueEmail("banyak"), uniqueAddress())).outcome).toBe("accepted");
  });

  it("limits sign-up emails per address and per client", async () => {
    const email = uniqueEmail("daftar");
    const signUp = (address: string, to = email) =>
      registerAccount({ name: "Warga", email: to, password: "kopi tugu malang pagi" }, links, {
        clientAddress: address,
      });
    for (let i = 0; i < SIGN_UPS_PER_RECIPIENT; i++) expect((await signUp(uniqueAddress())).outcome).toBe("accepted");
    expect((await signUp(uniqueAddress())).outcome).toBe("rateLimited");
    expect(await prisma.outboxEmail.count({ where: { to: email } })).toBe(SIGN_UPS_PER_RECIPIENT);

    const client = uniqueAddress();
    for (let i = 0; i < SIGN_UPS_PER_CLIENT; i++) {
      expect((await signUp(client, uniqueEmail("klien"))).outcome).toBe("accepted");
    }
    const refusedEmail = uniqueEmail("klien");
    expect((await signUp(client, refusedEmail)).outcome).toBe("rateLimited");
    expect(await prisma.user.count({ where: { email: refusedEmail } })).toBe(0);
  }, 60_000);
});

describe("mail to an address not yet verified", () => {
  it("carries nothing the person signing up typed: the name never reaches the inbox", async () => {
    const email = uniqueEmail("korban");
    const name = "Hadiah Rp 10 juta: buka jahat.example";
    await registerAccount({ name, email, password: "kopi tugu malang pagi" }, links, { clientAddress: null });
    // And again, for the address that now has an account (the "already registered" email).
    await registerAccount({ name, email, password: "kopi tugu malang pagi" }, links, { clientAddress: null });
    const messages = await prisma.outboxEmail.findMany({ where: { to: email } });
    expect(messages).toHaveLength(2);
    for (const message of messages) {
      expect(message.subject).not.toContain("jahat.example");
      expect(message.bodyText).not.toContain("jahat.example");
      expect(message.bodyText).not.toContain("Hadiah");
    }
  });
});

describe("a reset request answers alike for known and unknown addresses", () => {
  it("does the same database work before answering, and writes nothing until after the answer", async () => {
    const knownUser = await createVerifiedUser();
    const known = knownUser.email;
    const unknown = uniqueEmail("tak-dikenal");
    const deferred: Array<() => Promise<void>> = [];
    const answer = (email: string) =>
      countRoundTrips(() =>
        requestPasswordReset(email, resetUrl, { clientAddress: uniqueAddress(), defer: (work) => deferred.push(work) }),
      );
    // This account's tokens only: other test files create tokens in the same database meanwhile.
    const tokensOfKnown = () => prisma.authToken.count({ where: { userId: knownUser.id } });
    const tokensBefore = await tokensOfKnown();
    // The rate limiter prunes old hits on a random tenth of calls, whatever the address: off while counting.
    const noPruning = vi.spyOn(Math, "random").mockReturnValue(0.99);
    const [knownTrips, unknownTrips] = [await answer(known), await answer(unknown)];
    noPruning.mockRestore();
    expect(knownTrips).toBe(unknownTrips);
    expect(await tokensOfKnown()).toBe(tokensBefore);
    expect(await prisma.outboxEmail.count({ where: { to: known } })).toBe(0);

    for (const work of deferred) await work();
    expect(await prisma.outboxEmail.count({ where: { to: known } })).toBe(1);
    expect(await prisma.outboxEmail.count({ where: { to: unknown } })).toBe(0);
  });
});
