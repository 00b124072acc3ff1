import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createListing, createSubsector, createUser } from "@/tests/support/factories";
import { getPublishedListingProfile } from "./queries";
import { changeListingStatus } from "./change-listing-status";
import { markListingVerified } from "./mark-listing-verified";

async function staffAndListing(overrides: Partial<Parameters<typeof createListing>[0]> = {}) {
  const staff = await createUser({ role: "STAFF" });
  const subsector = await createSubsector();
  const listing = await createListing({ ...overrides, primarySubsectorId: subsector.id });
  return { staff, subsector, listing };
}

describe("status changes", () => {
  it("archives (off the public site) and restores to the status it left, audited both ways", async () => {
    const { staff, listing } = await staffAndListing({ publishedAt: new Date("2024-01-01T00:00:00Z") });
    expect(await changeListingStatus(staff, listing.id, "archive")).toMatchObject({
      ok: true,
      from: "PUBLISHED",
      to: "ARCHIVED",
    });
    expect(await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).toMatchObject({
      status: "ARCHIVED",
      archivedFromStatus: "PUBLISHED",
    });
    expect(await getPublishedListingProfile("CREATIVE_BUSINESS", listing.slug)).toBeNull();
    expect(await changeListingStatus(staff, listing.id, "archive")).toEqual({ ok: false, error: "notAllowed" });

    expect(await changeListingStatus(staff, listing.id, "restore")).toMatchObject({ ok: true, to: "PUBLISHED" });
    const restored = await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } });
    expect(restored).toMatchObject({ status: "PUBLISHED", archivedFromStatus: null });
    expect(restored.publishedAt).toEqual(new Date("2024-01-01T00:00:00Z"));
    expect(await getPublishedListingProfile("CREATIVE_BUSINESS", listing.slug)).not.toBeNull();
    const actions = await prisma.auditLog.findMany({
      where: { entityId: listing.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true },
    });
    expect(actions).toEqual([
      { action: "listing.archive", actorId: staff.id },
      { action: "listing.restore", actorId: staff.id },
    ]);
  });

  it("publishes a draft (setting publishedAt once) and marks it inactive", async () => {
    const { staff, listing } = await staffAndListing({ status: "DRAFT" });
    expect(await changeListingStatus(staff, listing.id, "deactivate")).toEqual({ ok: false, error: "notAllowed" });
    expect(await changeListingStatus(staff, listing.id, "publish")).toMatchObject({ ok: true, to: "PUBLISHED" });
    const { publishedAt } = await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } });
    expect(publishedAt).not.toBeNull();
    expect(await changeListingStatus(staff, listing.id, "deactivate")).toMatchObject({ ok: true, to: "INACTIVE" });
    expect(await changeListingStatus(staff, listing.id, "publish")).toMatchObject({ ok: true, to: "PUBLISHED" });
    expect((await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).publishedAt).toEqual(publishedAt);
  });
});

describe("marking a listing verified", () => {
  it("sets the last-verified date and who verified it, with an audit entry", async () => {
    const { staff, listing } = await staffAndListing({ lastVerifiedAt: new Date("2020-05-05T00:00:00Z") });
    const now = new Date("2030-03-03T03:00:00Z");
    expect(await markListingVerified(staff, listing.id, now)).toMatchObject({ ok: true, verifiedAt: now });
    expect(await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).toMatchObject({
      lastVerifiedAt: now,
      lastVerifiedById: staff.id,
    });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityId: listing.id, action: "listing.markVerified" },
    });
    expect(audit.before).toEqual({ lastVerifiedAt: "2020-05-05T00:00:00.000Z" });
    expect(await markListingVerified(staff, "tidak-ada")).toEqual({ ok: false, error: "notFound" });
  });
});
