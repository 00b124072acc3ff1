// Concurrent decisions. On a PostgreSQL server these calls really run at the same time on separate connections
// (the embedded database runs transactions one after another, so there the test only shows the same outcome).
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createManagedListing, createUser } from "@/tests/support/factories";
import { getListingContentSchema } from "./schemas";
import { submitClaim } from "@/lib/claims/submit-claim";
import { approveClaim } from "@/lib/moderation/decide-claim";
import { approveNewListing } from "./new-listings";
import { approveRevision, proposeListingChanges, rejectRevision } from "./revisions";

const isServer = process.env.DATABASE_EMBEDDED !== "1";

async function pendingRevision() {
  const owner = await createUser();
  const listing = await createManagedListing(owner.id, { kind: "COMMUNITY" });
  const content = getListingContentSchema("COMMUNITY").parse({
    nameIndonesian: "Komunitas Serentak",
    summaryIndonesian: "Ringkasan yang diubah oleh pengelola.",
    primarySubsectorId: listing.primarySubsectorId,
  });
  await proposeListingChanges(owner, listing.id, content);
  const revision = await prisma.listingRevision.findFirstOrThrow({ where: { listingId: listing.id } });
  return { listing, revision };
}

describe(`concurrent moderation (${isServer ? "PostgreSQL server" : "embedded, serialised"})`, () => {
  it("20 staff approving one revision at once: one change, one audit entry, nineteen told it was handled", async () => {
    const { listing, revision } = await pendingRevision();
    const staff = await Promise.all(Array.from({ length: 20 }, () => createUser({ role: "STAFF" })));
    const results = await Promise.all(staff.map((actor) => approveRevision(actor, revision.id, 1)));

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.error === "alreadyHandled")).toHaveLength(19);
    expect((await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).version).toBe(2);
    expect(await prisma.auditLog.count({ where: { entityId: listing.id, action: "revision.approve" } })).toBe(1);
  });

  it("an approval and a rejection racing: exactly one decision stands", async () => {
    const { listing, revision } = await pendingRevision();
    const [first, second] = await Promise.all([createUser({ role: "STAFF" }), createUser({ role: "STAFF" })]);
    const results = await Promise.all([
      approveRevision(first, revision.id, 1),
      rejectRevision(second, revision.id, "Ditolak bersamaan."),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const decided = await prisma.listingRevision.findUniqueOrThrow({ where: { id: revision.id } });
    const version = (await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).version;
    expect(decided.status === "APPROVED" ? version : 1).toBe(version);
    expect(
      await prisma.auditLog.count({
        where: { OR: [{ entityId: listing.id, action: "revision.approve" }, { entityId: revision.id }] },
      }),
    ).toBe(2); // revision.create by the owner, and the one decision
  });

  it("two staff approving one claim and one new listing at once: one manager row, one publication", async () => {
    const claimant = await createUser();
    const listing = await createManagedListing((await createUser()).id);
    const claim = await submitClaim(claimant, {
      listingId: listing.id,
      relation: "Saya pendiri usaha ini, tercatat di akta pendirian.",
    });
    if (!claim.ok) throw new Error("setup");
    const pending = await createManagedListing(claimant.id, { status: "PENDING_REVIEW" });
    const [first, second] = await Promise.all([createUser({ role: "STAFF" }), createUser({ role: "STAFF" })]);

    const claimResults = await Promise.all([approveClaim(first, claim.claimId), approveClaim(second, claim.claimId)]);
    const listingResults = await Promise.all([
      approveNewListing(first, pending.id),
      approveNewListing(second, pending.id),
    ]);

    expect(claimResults.filter((result) => result.ok)).toHaveLength(1);
    expect(listingResults.filter((result) => result.ok)).toHaveLength(1);
    expect(await prisma.listingManager.count({ where: { listingId: listing.id, userId: claimant.id } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { entityId: pending.id, action: "listing.approve" } })).toBe(1);
  });

  it("the change and its audit entry fail together: a failing audit write leaves the revision pending", async () => {
    const { listing, revision } = await pendingRevision();
    const staff = await createUser({ role: "STAFF" });
    // This file's own database: make the audit insert of an approval fail, after the listing update in the same
    // transaction; the listing update must roll back with it.
    await prisma.$executeRaw`CREATE FUNCTION fail_audit_for_test() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'audit write failed (test)'; END $$ LANGUAGE plpgsql`;
    await prisma.$executeRaw`CREATE TRIGGER fail_audit_for_test BEFORE INSERT ON "AuditLog"
      FOR EACH ROW WHEN (NEW."action" = 'revision.approve') EXECUTE FUNCTION fail_audit_for_test()`;
    try {
      await expect(approveRevision(staff, revision.id, 1)).rejects.toThrow(/audit write failed/);
    } finally {
      await prisma.$executeRaw`DROP TRIGGER fail_audit_for_test ON "AuditLog"`;
      await prisma.$executeRaw`DROP FUNCTION fail_audit_for_test()`;
    }
    expect((await prisma.listingRevision.findUniqueOrThrow({ where: { id: revision.id } })).status).toBe("PENDING");
    expect((await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).version).toBe(1);
  });
});
