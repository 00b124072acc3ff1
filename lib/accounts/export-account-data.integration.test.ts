import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createManagedListing, createUser } from "@/tests/support/factories";
import { hashPassword } from "@/lib/auth/password";
import { recordSignInAttempt } from "@/lib/auth/throttle";
import { exportAccountData } from "./export-account-data";

async function createPersonWithData(label: string) {
  const user = await createUser({
    name: `Nama ${label}`,
    passwordHash: await hashPassword(`kata sandi ${label} panjang`),
    emailVerifiedAt: new Date(),
    totpSecret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
    totpEnabledAt: new Date(),
  });
  const listing = await createManagedListing(user.id, { nameIndonesian: `Usaha ${label}` });
  await prisma.listingRevision.create({
    data: {
      listingId: listing.id,
      authorId: user.id,
      baseVersion: 1,
      changes: { summaryIndonesian: `Ringkasan ${label}` },
    },
  });
  await prisma.auditLog.create({
    data: {
      actorId: user.id,
      actorRole: "OWNER",
      action: `test.${label}`,
      entityType: "Listing",
      entityId: listing.id,
    },
  });
  await prisma.outboxEmail.create({ data: { to: user.email, subject: `Subjek ${label}`, bodyText: `Isi ${label}` } });
  await recordSignInAttempt(user.email, "10.1.2.3", true);
  return { user, listing };
}

describe("exportAccountData", () => {
  it("contains the person's own data and nothing of anyone else's", async () => {
    const { user, listing } = await createPersonWithData("saya");
    const other = await createPersonWithData("orang-lain");
    // A co-manager of the same listing stays out of the export.
    const coManager = await createUser({ name: "Rekan Pengelola" });
    await prisma.listingManager.create({ data: { listingId: listing.id, userId: coManager.id } });

    const data = await exportAccountData(user.id);
    expect(data).not.toBeNull();
    expect(data!.profile).toMatchObject({ id: user.id, email: user.email, name: "Nama saya" });
    expect(data!.managedListings.map((item) => item.id)).toEqual([listing.id]);
    expect(data!.authoredRevisions).toHaveLength(1);
    expect(data!.auditEntries.map((entry) => entry.action)).toEqual(["test.saya"]);
    expect(data!.emails.map((email) => email.subject)).toEqual(["Subjek saya"]);
    expect(data!.signInAttempts).toEqual([expect.objectContaining({ isSuccess: true, ipAddress: "10.1.2.3" })]);

    const json = JSON.stringify(data);
    expect(json).toContain(user.email);
    for (const foreign of [other.user.email, other.user.id, other.listing.id, "Nama orang-lain", "Subjek orang-lain"]) {
      expect(json).not.toContain(foreign);
    }
    expect(json).not.toContain(coManager.id);
    expect(json).not.toContain("Rekan Pengelola");
  });

  it("leaves out the password hash and the second-factor secret", async () => {
    const { user } = await createPersonWithData("rahasia");
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    const json = JSON.stringify(await exportAccountData(user.id));
    expect(json).not.toContain(stored.passwordHash!);
    expect(json).not.toContain("$argon2");
    expect(json).not.toContain(stored.totpSecret!);
    expect(json).not.toContain("passwordHash");
  });

  it("gives null for an account that does not exist", async () => {
    expect(await exportAccountData("tidak-ada")).toBeNull();
  });
});
