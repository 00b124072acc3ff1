import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { hashPassword } from "./password";
import { findSessionUser, verifyCredentials } from "./credentials";

async function createUser(overrides: { isDisabled?: boolean; emailVerifiedAt?: Date | null } = {}) {
  const email = `pengguna-${crypto.randomBytes(4).toString("hex")}@contoh.id`;
  const user = await prisma.user.create({
    data: {
      email,
      name: "Pengguna Uji",
      passwordHash: await hashPassword("kata-sandi-yang-panjang"),
      emailVerifiedAt: new Date(),
      ...overrides,
    },
  });
  return user;
}

describe("verifyCredentials", () => {
  it("accepts the right password, whatever the case of the email", async () => {
    const user = await createUser();
    const signedIn = await verifyCredentials(user.email.toUpperCase(), "kata-sandi-yang-panjang");
    expect(signedIn).toMatchObject({ id: user.id, role: "OWNER", sessionVersion: 1 });
  });

  it("gives the same answer for a wrong password, an unknown email and a disabled account", async () => {
    const user = await createUser();
    const disabled = await createUser({ isDisabled: true });
    const unverified = await createUser({ emailVerifiedAt: null });
    expect(await verifyCredentials(unverified.email, "kata-sandi-yang-panjang")).toBeNull();
    expect(await verifyCredentials(user.email, "kata-sandi-yang-salah")).toBeNull();
    expect(await verifyCredentials("tidak-ada@contoh.id", "kata-sandi-yang-panjang")).toBeNull();
    expect(await verifyCredentials(disabled.email, "kata-sandi-yang-panjang")).toBeNull();
  });
});

describe("findSessionUser", () => {
  it("ends a session when the password changes (session version bumped) or the account is disabled", async () => {
    const user = await createUser();
    const token = { userId: user.id, sessionVersion: 1 };
    expect(await findSessionUser(token)).toMatchObject({ id: user.id });

    await prisma.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await findSessionUser(token)).toBeNull();
    expect(await findSessionUser({ userId: user.id, sessionVersion: 2 })).toMatchObject({ id: user.id });

    await prisma.user.update({ where: { id: user.id }, data: { isDisabled: true } });
    expect(await findSessionUser({ userId: user.id, sessionVersion: 2 })).toBeNull();
  });

  it("refuses tokens without a user id or version", async () => {
    expect(await findSessionUser({})).toBeNull();
    expect(await findSessionUser({ userId: 42, sessionVersion: "1" })).toBeNull();
  });
});
