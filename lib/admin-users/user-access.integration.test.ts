import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { findSessionUser } from "@/lib/auth/credentials";
import { ForbiddenError } from "@/lib/auth/assert-role";
import { createUser } from "@/tests/support/factories";
import { changeUserRole } from "./change-user-role";
import { setUserDisabled } from "./set-user-disabled";
import { listUsers } from "./queries";
import { lockActiveAdmins } from "./admin-lock";
import { parseUserFilters } from "./filters";

const createAdmin = () => createUser({ role: "ADMIN", emailVerifiedAt: new Date() });

/** Two fresh admins, and every other admin of this test database disabled. */
async function onlyTwoActiveAdmins() {
  const first = await createAdmin();
  const second = await createAdmin();
  await prisma.user.updateMany({
    where: { role: "ADMIN", id: { notIn: [first.id, second.id] } },
    data: { isDisabled: true },
  });
  return [first, second] as const;
}

/**
 * Runs `start` while `admin` holds the admin lock in a transaction that then demotes `demotedId` and commits:
 * the deterministic form of two admins acting at the same moment.
 */
async function whileAdminsLocked(
  admin: { id: string; role: "ADMIN" | "STAFF" | "OWNER" },
  demotedId: string,
  start: () => Promise<unknown>,
) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let signalLocked!: () => void;
  const locked = new Promise<void>((resolve) => (signalLocked = resolve));
  const holder = prisma.$transaction(async (tx) => {
    await lockActiveAdmins(tx, admin);
    signalLocked();
    await released;
    await tx.user.update({ where: { id: demotedId }, data: { role: "OWNER" } });
  });
  await locked;
  const racing = start();
  racing.catch(() => {}); // awaited by the caller
  await new Promise((resolve) => setTimeout(resolve, 300));
  release();
  await holder;
  // Wrapped: an async function returning a promise would await it.
  return { racing };
}

function sessionOf(user: { id: string; sessionVersion: number }) {
  const now = Date.now();
  return { userId: user.id, sessionVersion: user.sessionVersion, signedInAt: now, lastActiveAt: now };
}

describe("changeUserRole", () => {
  it("lets an admin change another account's role, with an audit entry of before and after", async () => {
    const admin = await createAdmin();
    const owner = await createUser();

    expect(await changeUserRole(admin, owner.id, "STAFF")).toBe("changed");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: owner.id } })).role).toBe("STAFF");
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { entityId: owner.id, action: "user.changeRole" } });
    expect(entry).toMatchObject({
      actorId: admin.id,
      actorRole: "ADMIN",
      before: { role: "OWNER" },
      after: { role: "STAFF" },
    });
  });

  it("refuses owners, staff and an admin acting on stale rights, and changes no row", async () => {
    const target = await createUser();
    const owner = await createUser();
    const staff = await createUser({ role: "STAFF" });
    const disabledAdmin = await createUser({ role: "ADMIN", isDisabled: true });
    // The session still says ADMIN, but the database no longer does.
    const demotedAdmin = await createUser({ role: "OWNER" });

    await expect(changeUserRole(owner, target.id, "ADMIN")).rejects.toThrow(ForbiddenError);
    await expect(changeUserRole(staff, target.id, "ADMIN")).rejects.toThrow(ForbiddenError);
    await expect(changeUserRole(disabledAdmin, target.id, "ADMIN")).rejects.toThrow(ForbiddenError);
    await expect(changeUserRole({ id: demotedAdmin.id, role: "ADMIN" }, target.id, "ADMIN")).rejects.toThrow(
      ForbiddenError,
    );
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("OWNER");
    expect(await prisma.auditLog.count({ where: { entityId: target.id } })).toBe(0);
  });

  it("never lets an admin demote themself", async () => {
    const admin = await createAdmin();
    expect(await changeUserRole(admin, admin.id, "OWNER")).toBe("self");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
  });

  it("keeps at least one active admin when two admins demote each other at the same moment", async () => {
    const [first, second] = await onlyTwoActiveAdmins();
    // The first admin's change holds the admin rows while the second admin's change starts.
    const { racing } = await whileAdminsLocked(first, second.id, () => changeUserRole(second, first.id, "OWNER"));
    await expect(racing).rejects.toThrow(ForbiddenError);
    expect(await prisma.user.findMany({ where: { role: "ADMIN", isDisabled: false }, select: { id: true } })).toEqual([
      { id: first.id },
    ]);
  });
});

describe("setUserDisabled", () => {
  it("ends the account's open sessions at their next request, and lets it back in when enabled", async () => {
    const admin = await createAdmin();
    const owner = await createUser({ emailVerifiedAt: new Date() });
    const session = sessionOf(owner);
    expect(await findSessionUser(session)).toMatchObject({ id: owner.id });

    expect(await setUserDisabled(admin, owner.id, true)).toBe("changed");
    expect(await findSessionUser(session)).toBeNull();
    const disabled = await prisma.user.findUniqueOrThrow({ where: { id: owner.id } });
    expect(disabled).toMatchObject({ isDisabled: true, sessionVersion: owner.sessionVersion + 1 });

    expect(await setUserDisabled(admin, owner.id, false)).toBe("changed");
    // The old session stays ended (its version is old); a new sign-in gets the current version.
    expect(await findSessionUser(session)).toBeNull();
    expect(await findSessionUser(sessionOf(disabled))).toMatchObject({ id: owner.id });
    expect(
      await prisma.auditLog.findMany({
        where: { entityId: owner.id },
        orderBy: { createdAt: "asc" },
        select: { action: true, before: true, after: true },
      }),
    ).toEqual([
      { action: "user.disable", before: { isDisabled: false }, after: { isDisabled: true } },
      { action: "user.enable", before: { isDisabled: true }, after: { isDisabled: false } },
    ]);
  });

  it("refuses disabling oneself and non-admins, and changes nothing", async () => {
    const admin = await createAdmin();
    const staff = await createUser({ role: "STAFF" });
    const owner = await createUser();

    expect(await setUserDisabled(admin, admin.id, true)).toBe("self");
    await expect(setUserDisabled(staff, owner.id, true)).rejects.toThrow(ForbiddenError);
    await expect(setUserDisabled(owner, staff.id, true)).rejects.toThrow(ForbiddenError);
    expect(await prisma.user.count({ where: { id: { in: [admin.id, staff.id, owner.id] }, isDisabled: true } })).toBe(
      0,
    );
  });

  it("never disables the last active admin, even when two admins disable each other at once", async () => {
    const [first, second] = await onlyTwoActiveAdmins();
    const { racing } = await whileAdminsLocked(first, second.id, () => setUserDisabled(second, first.id, true));
    await expect(racing).rejects.toThrow(ForbiddenError);
    expect(await prisma.user.count({ where: { role: "ADMIN", isDisabled: false } })).toBe(1);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: first.id } })).isDisabled).toBe(false);
  });
});

describe("listUsers", () => {
  it("finds accounts by name or email and filters by role and status, for admins only", async () => {
    const admin = await createAdmin();
    const staff = await createUser({ role: "STAFF", name: "Ratna Kusuma Staf" });
    await createUser({ name: "Ratna Pemilik", isDisabled: true });

    const byName = await listUsers(admin, parseUserFilters({ q: "ratna", peran: "staff" }));
    expect(byName.users.map((user) => user.id)).toEqual([staff.id]);
    expect(byName.users[0]).not.toHaveProperty("passwordHash");
    const disabled = await listUsers(admin, parseUserFilters({ q: "RATNA", status: "nonaktif" }));
    expect(disabled.users.map((user) => user.name)).toEqual(["Ratna Pemilik"]);
    const byEmail = await listUsers(admin, parseUserFilters({ q: staff.email }));
    expect(byEmail.total).toBe(1);

    await expect(listUsers(staff, parseUserFilters({}))).rejects.toThrow(ForbiddenError);
    await expect(listUsers(await createUser(), parseUserFilters({}))).rejects.toThrow(ForbiddenError);
  });
});
