import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { findSessionUser, verifyCredentials } from "@/lib/auth/credentials";
import { requestPasswordReset, resetPasswordWithToken } from "./password-reset";

const resetUrl = (token: string) => `http://localhost/atur-ulang-kata-sandi?token=${token}`;
const tokenFrom = (body: string) => /token=([\w-]+)/.exec(body)?.[1] ?? "";

/** Asks for a reset and runs the work the action defers until after its answer. */
async function askForReset(email: string) {
  const deferred: Array<() => Promise<void>> = [];
  await requestPasswordReset(email, resetUrl, { clientAddress: null, defer: (work) => deferred.push(work) });
  for (const work of deferred) await work();
}

async function createUser() {
  return prisma.user.create({
    data: {
      email: `lupa-${crypto.randomBytes(4).toString("hex")}@contoh.id`,
      name: "Pengguna Lupa",
      passwordHash: await hashPassword("kata sandi lama sekali"),
      emailVerifiedAt: new Date(),
    },
  });
}

describe("password reset", () => {
  it("sets the new password once, ends existing sessions and writes an audit entry", async () => {
    const user = await createUser();
    await askForReset(user.email);
    const message = await prisma.outboxEmail.findFirstOrThrow({ where: { to: user.email } });
    const token = tokenFrom(message.bodyText);

    expect(await resetPasswordWithToken(token, "kata sandi baru yang panjang")).toBe(true);
    expect(await resetPasswordWithToken(token, "kata sandi ketiga yang panjang")).toBe(false);
    expect(await verifyCredentials(user.email, "kata sandi lama sekali")).toBeNull();
    expect(await verifyCredentials(user.email, "kata sandi baru yang panjang")).toMatchObject({ id: user.id });
    expect(await findSessionUser({ userId: user.id, sessionVersion: 1 })).toBeNull();
    expect(await prisma.auditLog.count({ where: { entityId: user.id, action: "user.resetPassword" } })).toBe(1);
  });

  it("sends nothing for an unknown address, and a reset token cannot verify an email or vice versa", async () => {
    const before = await prisma.outboxEmail.count();
    await askForReset("tidak-terdaftar@contoh.id");
    expect(await prisma.outboxEmail.count()).toBe(before);

    const user = await createUser();
    await askForReset(user.email);
    const message = await prisma.outboxEmail.findFirstOrThrow({ where: { to: user.email } });
    await prisma.authToken.updateMany({ where: { userId: user.id }, data: { purpose: "VERIFY_EMAIL" } });
    expect(await resetPasswordWithToken(tokenFrom(message.bodyText), "kata sandi baru yang panjang")).toBe(false);
  });
});
