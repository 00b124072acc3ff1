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
    const times = { signedInAt: Date.now(), lastActiveAt: Date.now() };
    const token = { userId: user.id, sessionVersion: 1, ...times };
    expect(await findSessionUser(token)).toMatchObject({ id: user.id, hasTotp: false });

    await prisma.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await findSessionUser(token)).toBeNull();
    expect(await findSessionUser({ userId: user.id, sessionVersion: 2, ...times })).toMatchObject({ id: user.id });

    await prisma.user.update({ where: { id: user.id }, data: { isDisabled: true } });
    expect(await findSessionUser({ userId: user.id, sessionVersion: 2, ...times })).toBeNull();
  });

  it("refuses tokens without a user id, version or session times", async () => {
    const user = await createUser();
    expect(await findSessionUser({})).toBeNull();
    expect(await findSessionUser({ userId: 42, sessionVersion: "1" })).toBeNull();
    expect(await findSessionUser({ userId: user.id, sessionVersion: 1 })).toBeNull();
  });
});

describe("findSessionUser: session lifetime in the data layer", () => {
  const MINUTE = 60 * 1000;
  const DAY = 24 * 60 * MINUTE;
  const now = Date.now();
  const tokenFor = (userId: string, signedInAgo: number, idle: number) => ({
    userId,
    sessionVersion: 1,
    signedInAt: now - signedInAgo,
    lastActiveAt: now - idle,
  });

  it("keeps an owner signed in for 30 days, not longer", async () => {
    const owner = await createUser();
    expect(await findSessionUser(tokenFor(owner.id, 29 * DAY, 29 * DAY), now)).toMatchObject({ id: owner.id });
    expect(await findSessionUser(tokenFor(owner.id, 30 * DAY + MINUTE, MINUTE), now)).toBeNull();
  });

  it("signs out staff idle for 61 minutes and keeps active staff, by the role in the database", async () => {
    const staff = await createUser();
    await prisma.user.update({ where: { id: staff.id }, data: { role: "STAFF" } });
    expect(await findSessionUser(tokenFor(staff.id, 3 * 60 * MINUTE, 61 * MINUTE), now)).toBeNull();
    expect(await findSessionUser(tokenFor(staff.id, 3 * 60 * MINUTE, 5 * MINUTE), now)).toMatchObject({
      id: staff.id,
      role: "STAFF",
    });
    const admin = await createUser();
    await prisma.user.update({ where: { id: admin.id }, data: { role: "ADMIN" } });
    expect(await findSessionUser(tokenFor(admin.id, 2 * 60 * MINUTE, 61 * MINUTE), now)).toBeNull();
  });

  it("reports whether a second factor is enrolled", async () => {
    const user = await createUser();
    await prisma.user.update({
      where: { id: user.id },
      data: { totpSecret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", totpEnabledAt: new Date() },
    });
    expect(await findSessionUser(tokenFor(user.id, MINUTE, MINUTE), now)).toMatchObject({ hasTotp: true });
  });
});
