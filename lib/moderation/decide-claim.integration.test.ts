import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createManagedListing, createUser } from "@/tests/support/factories";
import { getListingContentSchema, type ListingContent } from "@/lib/listings/schemas";
import { proposeListingChanges } from "@/lib/listings/revisions";
import { submitClaim } from "@/lib/claims/submit-claim";
import { approveClaim, rejectClaim } from "./decide-claim";

const contentFor = (subsectorId: string, overrides: Partial<Record<string, unknown>> = {}): ListingContent =>
  getListingContentSchema("COMMUNITY").parse({
    nameIndonesian: "Komunitas Ilustrator Sukun",
    summaryIndonesian: "Komunitas ilustrator yang berkumpul tiap bulan di Sukun.",
    primarySubsectorId: subsectorId,
    whatsappNumber: "0812-3456-7890",
    facts: { memberCount: 40 },
    ...overrides,
  });

describe("claims", () => {
  it("give no rights until approved; one open claim per person; approval makes a manager", async () => {
    const claimant = await createUser();
    const staff = await createUser({ role: "STAFF" });
    const listing = await createManagedListing((await createUser()).id);
    const input = { listingId: listing.id, relation: "Saya pemilik usaha ini sejak 2019, tercatat di NIB." };
    const claim = await submitClaim(claimant, input);
    expect(claim.ok).toBe(true);
    expect(await submitClaim(claimant, input)).toEqual({ ok: false, error: "alreadyPending" });
    expect(await proposeListingChanges(claimant, listing.id, contentFor(listing.primarySubsectorId))).toEqual({
      ok: false,
      error: "notFound",
    });
    if (!claim.ok) return;
    expect(await approveClaim(staff, claim.claimId)).toEqual({ ok: true });
    expect(await rejectClaim(staff, claim.claimId, "Terlambat.")).toEqual({ ok: false, error: "alreadyHandled" });
    expect(await prisma.listingManager.count({ where: { listingId: listing.id, userId: claimant.id } })).toBe(1);
  });

  it("cannot be made for unpublished listings", async () => {
    const claimant = await createUser();
    const listing = await createManagedListing((await createUser()).id, { status: "PENDING_REVIEW" });
    expect(
      await submitClaim(claimant, { listingId: listing.id, relation: "Saya pemilik usaha ini sejak 2019." }),
    ).toEqual({ ok: false, error: "notFound" });
  });
});
