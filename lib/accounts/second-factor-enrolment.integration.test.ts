import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createUser } from "@/tests/support/factories";
import { hashEmail } from "@/lib/auth/throttle";
import { hashPassword } from "@/lib/auth/password";
import { checkSignIn } from "@/lib/auth/authorize-sign-in";
import { disableSecondFactor, enableSecondFactor, startSecondFactorEnrolment } from "./second-factor-enrolment";

const currentCode = (secret: string) => generate({ secret });
const secretOf = async (userId: string) =>
  (await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true } })).totpSecret!;
const auditOf = (userId: string) =>
  prisma.auditLog.findMany({ where: { entityId: userId }, select: { action: true, actorId: true } });

/** A well-formed code that is none of the codes accepted now. */
async function wrongCode(secret: string) {
  const now = Math.floor(Date.now() / 1000);
  const accepted = await Promise.all([-30, 0, 30].map((offset) => generate({ secret, epoch: now + offset })));
  let code = 0;
  while (accepted.includes(String(code).padStart(6, "0"))) code++;
  return String(code).padStart(6, "0");
}

describe("second-factor enrolment", () => {
  it("keeps a new secret pending until a code from it is typed, then enables it with an audit entry", async () => {
    const user = await createUser({ role: "STAFF" });
    const actor = { id: user.id, role: user.role };
    expect(await startSecondFactorEnrolment(user.id)).toBe("done");
    const secret = await secretOf(user.id);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toBeNull();

    expect(await enableSecondFactor(actor, await wrongCode(secret))).toBe("invalidCode");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toBeNull();
    expect(await prisma.loginAttempt.count({ where: { emailHash: hashEmail(user.email), isSuccess: false } })).toBe(1);

    expect(await enableSecondFactor(actor, await currentCode(secret))).toBe("done");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toBeInstanceOf(Date);
    expect(await auditOf(user.id)).toEqual([{ action: "user.enableTotp", actorId: user.id }]);
    // Once enabled, starting again cannot swap the secret.
    expect(await startSecondFactorEnrolment(user.id)).toBe("alreadyEnabled");
    expect(await secretOf(user.id)).toBe(secret);
  });

  it("does not let the code that enrolled sign in again", async () => {
    const user = await createUser({
      role: "STAFF",
      passwordHash: await hashPassword("kata-sandi-yang-panjang"),
      emailVerifiedAt: new Date(),
    });
    await startSecondFactorEnrolment(user.id);
    const code = await currentCode(await secretOf(user.id));
    expect(await enableSecondFactor({ id: user.id, role: user.role }, code)).toBe("done");
    const check = await checkSignIn({ email: user.email, password: "kata-sandi-yang-panjang", code }, null);
    expect(check).toEqual({ outcome: "totpInvalid" });
  });

  it("cannot enable without a started enrolment", async () => {
    const user = await createUser();
    expect(await enableSecondFactor({ id: user.id, role: user.role }, "123456")).toBe("notStarted");
  });

  it("switches off only with a current code, audited", async () => {
    const user = await createUser({ role: "ADMIN" });
    const actor = { id: user.id, role: user.role };
    await startSecondFactorEnrolment(user.id);
    const secret = await secretOf(user.id);
    await enableSecondFactor(actor, await currentCode(secret));

    expect(await disableSecondFactor(actor, await wrongCode(secret))).toBe("invalidCode");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).not.toBeNull();

    expect(await disableSecondFactor(actor, await currentCode(secret))).toBe("done");
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ totpSecret: null, totpEnabledAt: null });
    expect((await auditOf(user.id)).map((entry) => entry.action).sort()).toEqual([
      "user.disableTotp",
      "user.enableTotp",
    ]);
    expect(await disableSecondFactor(actor, "123456")).toBe("notEnabled");
  });
});
