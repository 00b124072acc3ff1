import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createListing, createSubsector } from "@/tests/support/factories";
import { confirmListingData } from "./confirm-listing-data";

async function createOwner() {
  return prisma.user.create({
    data: { email: `pengelola-${crypto.randomBytes(4).toString("hex")}@contoh.id`, name: "Pengelola", role: "OWNER" },
  });
}

describe("confirmListingData", () => {
  it("lets a manager confirm the details, with who and when, and an audit entry", async () => {
    const owner = await createOwner();
    const listing = await createListing({ primarySubsectorId: (await createSubsector()).id });
    await prisma.listingManager.create({ data: { listingId: listing.id, userId: owner.id } });

    expect(await confirmListingData(owner, listing.id)).toEqual({ kind: listing.kind, slug: listing.slug });
    const after = await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } });
    expect(after.lastVerifiedById).toBe(owner.id);
    expect(after.lastVerifiedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await prisma.auditLog.count({ where: { entityId: listing.id, action: "listing.confirmData" } })).toBe(1);
  });

  it.each(["REJECTED", "PENDING_REVIEW", "ARCHIVED"] as const)(
    "refuses a %s listing: details nobody sees cannot be confirmed as still correct",
    async (status) => {
      const owner = await createOwner();
      const listing = await createListing({ primarySubsectorId: (await createSubsector()).id, status });
      await prisma.listingManager.create({ data: { listingId: listing.id, userId: owner.id } });

      expect(await confirmListingData(owner, listing.id)).toBeNull();
      expect((await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).lastVerifiedById).toBeNull();
      expect(await prisma.auditLog.count({ where: { entityId: listing.id } })).toBe(0);
    },
  );

  it("refuses another owner's listing and changes no row", async () => {
    const owner = await createOwner();
    const stranger = await createOwner();
    const listing = await createListing({ primarySubsectorId: (await createSubsector()).id });
    await prisma.listingManager.create({ data: { listingId: listing.id, userId: owner.id } });
    const before = await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } });

    expect(await confirmListingData(stranger, listing.id)).toBeNull();
    expect(await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).toEqual(before);
    expect(await prisma.auditLog.count({ where: { entityId: listing.id } })).toBe(0);
  });
});
