import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createManagedListing, createUser } from "@/tests/support/factories";
import { hashPassword } from "@/lib/auth/password";
import { hashEmail, recordSignInAttempt } from "@/lib/auth/throttle";
import { deleteAccount } from "./delete-account";

const PASSWORD = "kata sandi yang panjang sekali";

async function createAccount(role: "OWNER" | "STAFF" | "ADMIN" = "OWNER") {
  return createUser({ role, passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: new Date() });
}

describe("deleteAccount", () => {
  it("deletes the user and their mail and sign-in traces, keeps their listings, and audits without personal data", async () => {
    const user = await createAccount();
    const listing = await createManagedListing(user.id);
    await prisma.listingRevision.create({
      data: { listingId: listing.id, authorId: user.id, baseVersion: 1, changes: {} },
    });
    await prisma.outboxEmail.create({ data: { to: user.email, subject: "Halo", bodyText: "Isi" } });
    await recordSignInAttempt(user.email, null, true);

    expect(await deleteAccount(user.id, PASSWORD, null)).toBe("deleted");

    expect(await prisma.user.findUnique({ where: { id: user.id } })).toBeNull();
    expect(await prisma.listing.findUnique({ where: { id: listing.id } })).not.toBeNull();
    expect(await prisma.listingManager.count({ where: { listingId: listing.id } })).toBe(0);
    expect(await prisma.listingRevision.findFirst({ where: { listingId: listing.id } })).toMatchObject({
      authorId: null,
    });
    expect(await prisma.outboxEmail.count({ where: { to: user.email } })).toBe(0);
    expect(await prisma.loginAttempt.count({ where: { emailHash: hashEmail(user.email) } })).toBe(0);

    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.delete", entityId: user.id } });
    expect(entry).toMatchObject({
      actorId: user.id,
      actorRole: "OWNER",
      entityType: "User",
      before: null,
      after: null,
    });
    expect(JSON.stringify(entry)).not.toContain(user.email);
  });

  it("refuses a wrong password, changes nothing, and counts the failure", async () => {
    const user = await createAccount();
    const listing = await createManagedListing(user.id);

    expect(await deleteAccount(user.id, "bukan kata sandinya", null)).toBe("wrongPassword");

    expect(await prisma.user.findUnique({ where: { id: user.id } })).not.toBeNull();
    expect(await prisma.listingManager.count({ where: { listingId: listing.id, userId: user.id } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { action: "user.delete", entityId: user.id } })).toBe(0);
    expect(await prisma.loginAttempt.count({ where: { emailHash: hashEmail(user.email), isSuccess: false } })).toBe(1);
  });

  it("keeps the last active admin, and lets an admin go while another remains", async () => {
    // Each test file has its own database, but the seed may hold admins: start from a known set.
    await prisma.user.updateMany({ where: { role: "ADMIN" }, data: { role: "STAFF" } });
    const admin = await createAccount("ADMIN");
    expect(await deleteAccount(admin.id, PASSWORD, null)).toBe("lastAdmin");
    expect(await prisma.user.findUnique({ where: { id: admin.id } })).not.toBeNull();

    const second = await createAccount("ADMIN");
    expect(await deleteAccount(admin.id, PASSWORD, null)).toBe("deleted");
    expect(await deleteAccount(second.id, PASSWORD, null)).toBe("lastAdmin");
  });
});
