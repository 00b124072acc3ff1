import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { verifyCredentials } from "@/lib/auth/credentials";
import { registerAccount, verifyEmailWithToken } from "./registration";

const links = { verifyUrl: (token: string) => `http://localhost/verifikasi-email?token=${token}`, signInUrl: "x" };
const newEmail = () => `baru-${crypto.randomBytes(4).toString("hex")}@contoh.id`;
const tokenFrom = (body: string) => /token=([\w-]+)/.exec(body)?.[1] ?? "";

describe("registerAccount", () => {
  it("creates an unverified owner, a single-use token and a verification email in the outbox", async () => {
    const email = newEmail();
    await registerAccount({ name: "Warga Baru", email, password: "kopi tugu malang pagi" }, links, {
      clientAddress: null,
    });

    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ role: "OWNER", emailVerifiedAt: null, isSample: false });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const [message] = await prisma.outboxEmail.findMany({ where: { to: email } });
    expect(message?.subject).toMatch(/Verifikasi email/);
    expect(await prisma.auditLog.count({ where: { entityId: user.id, action: "user.signUp" } })).toBe(1);

    // Not verified yet: signing in fails. The link verifies once, and only once.
    expect(await verifyCredentials(email, "kopi tugu malang pagi")).toBeNull();
    const token = tokenFrom(message!.bodyText);
    expect(await verifyEmailWithToken(token)).toBe(true);
    expect(await verifyEmailWithToken(token)).toBe(false);
    expect(await verifyCredentials(email, "kopi tugu malang pagi")).toMatchObject({ email });
  });

  it("creates nothing for an address that has an account, and tells that address instead", async () => {
    const email = newEmail();
    await registerAccount({ name: "Pertama", email, password: "kopi tugu malang pagi" }, links, {
      clientAddress: null,
    });
    await registerAccount({ name: "Kedua", email, password: "teh hangat malang sore" }, links, { clientAddress: null });

    const users = await prisma.user.findMany({ where: { email } });
    expect(users).toHaveLength(1);
    expect(users[0]?.name).toBe("Pertama");
    const messages = await prisma.outboxEmail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
    expect(messages.map((m) => m.subject)).toEqual([
      expect.stringMatching(/Verifikasi email/),
      expect.stringMatching(/Pendaftaran akun/),
    ]);
  });

  it("refuses an expired or unknown token", async () => {
    const email = newEmail();
    await registerAccount({ name: "Warga", email, password: "kopi tugu malang pagi" }, links, { clientAddress: null });
    const message = await prisma.outboxEmail.findFirstOrThrow({ where: { to: email } });
    await prisma.authToken.updateMany({
      where: { user: { email } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await verifyEmailWithToken(tokenFrom(message.bodyText))).toBe(false);
    expect(await verifyEmailWithToken("tidak-ada")).toBe(false);
  });
});
