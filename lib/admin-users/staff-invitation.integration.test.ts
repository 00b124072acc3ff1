import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { verifyCredentials } from "@/lib/auth/credentials";
import { ForbiddenError } from "@/lib/auth/assert-role";
import { createUser } from "@/tests/support/factories";
import { inviteStaff } from "./invite-staff";
import { acceptStaffInvitation, findStaffInvitation } from "./accept-staff-invitation";

const acceptUrl = (token: string) => `http://localhost/undangan-staf?token=${token}`;
const tokenFrom = (body: string) => /token=([\w-]+)/.exec(body)?.[1] ?? "";
const uniqueEmail = () => `staf-baru-${Math.random().toString(36).slice(2, 10)}@contoh.id`;
const password = "kebun apel batu di pagi hari";

async function latestTokenFor(email: string) {
  const message = await prisma.outboxEmail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  return tokenFrom(message.bodyText);
}

describe("staff invitations", () => {
  it("creates a staff account with a verified email once the invitee accepts, and only once", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const email = uniqueEmail();

    const invited = await inviteStaff(admin, email, acceptUrl);
    expect(invited.ok).toBe(true);
    // Until accepted, the address has no usable account and no staff role.
    const pending = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(pending).toMatchObject({ role: "OWNER", passwordHash: null, emailVerifiedAt: null });
    const token = await latestTokenFor(email);
    expect(await findStaffInvitation(token)).toEqual({ email, hasAccount: false });
    expect(await acceptStaffInvitation(token, null)).toBe("detailsRequired");

    expect(await acceptStaffInvitation(token, { name: "Staf Baru", password })).toBe("accepted");
    expect(await verifyCredentials(email, password)).toMatchObject({ role: "STAFF", name: "Staf Baru" });
    expect(await acceptStaffInvitation(token, { name: "Orang Lain", password: "kata sandi lain sekali" })).toBe(
      "invalid",
    );
    expect(await findStaffInvitation(token)).toBeNull();
    expect(await verifyCredentials(email, "kata sandi lain sekali")).toBeNull();

    const actions = await prisma.auditLog.findMany({
      where: { entityId: pending.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true, before: true, after: true },
    });
    expect(actions).toEqual([
      {
        action: "user.inviteStaff",
        actorId: admin.id,
        before: null,
        after: { email, invitedRole: "STAFF", isNewAccount: true },
      },
      {
        action: "user.acceptStaffInvite",
        actorId: pending.id,
        before: { role: "OWNER" },
        after: { role: "STAFF", name: "Staf Baru" },
      },
    ]);
    expect(JSON.stringify(actions)).not.toContain(password);
  });

  it("makes an existing owner staff only when they accept, keeping their password", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const owner = await createUser({ passwordHash: await hashPassword(password), emailVerifiedAt: new Date() });

    expect(await inviteStaff(admin, owner.email, acceptUrl)).toEqual({ ok: true, userId: owner.id });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: owner.id } })).role).toBe("OWNER");
    const token = await latestTokenFor(owner.email);
    expect(await findStaffInvitation(token)).toEqual({ email: owner.email, hasAccount: true });

    expect(await acceptStaffInvitation(token, null)).toBe("accepted");
    expect(await verifyCredentials(owner.email, password)).toMatchObject({ id: owner.id, role: "STAFF" });
  });

  it("refuses expired invitations, replaced invitations and invitations for staff or disabled accounts", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const email = uniqueEmail();
    await inviteStaff(admin, email, acceptUrl);
    const first = await latestTokenFor(email);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await inviteStaff(admin, email, acceptUrl);
    const second = await latestTokenFor(email);
    expect(second).not.toBe(first);
    expect(await acceptStaffInvitation(first, { name: "Staf", password })).toBe("invalid");

    await prisma.authToken.updateMany({
      where: { user: { email }, purpose: "STAFF_INVITE" },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await acceptStaffInvitation(second, { name: "Staf", password })).toBe("invalid");
    expect((await prisma.user.findUniqueOrThrow({ where: { email } })).role).toBe("OWNER");

    const staff = await createUser({ role: "STAFF" });
    expect(await inviteStaff(admin, staff.email, acceptUrl)).toEqual({ ok: false, reason: "alreadyStaff" });
    const disabled = await createUser({ isDisabled: true });
    expect(await inviteStaff(admin, disabled.email, acceptUrl)).toEqual({ ok: false, reason: "disabled" });
  });

  it("is for admins only: staff and owners cannot invite, and nothing is written", async () => {
    const staff = await createUser({ role: "STAFF" });
    const owner = await createUser();
    const email = uniqueEmail();
    await expect(inviteStaff(staff, email, acceptUrl)).rejects.toThrow(ForbiddenError);
    await expect(inviteStaff(owner, email, acceptUrl)).rejects.toThrow(ForbiddenError);
    expect(await prisma.user.count({ where: { email } })).toBe(0);
    expect(await prisma.outboxEmail.count({ where: { to: email } })).toBe(0);
  });
});
