import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { backfillListingAreas } from "@/lib/geo/backfill-listing-areas";
import { createListing, createSubsector } from "@/tests/support/factories";

describe("backfillListingAreas", () => {
  it("derives the kelurahan of listings saved before kelurahan existed, audits it, and reports points it cannot accept", async () => {
    const subsector = await createSubsector();
    // Universitas Brawijaya (Ketawanggede, Lowokwaru), once with the right kecamatan and once with none.
    const right = await createListing({
      primarySubsectorId: subsector.id,
      latitude: "-7.9525",
      longitude: "112.6144",
      kecamatan: "LOWOKWARU",
    });
    const withoutKecamatan = await createListing({
      primarySubsectorId: subsector.id,
      latitude: "-7.9525",
      longitude: "112.6144",
    });
    const contradicting = await createListing({
      primarySubsectorId: subsector.id,
      latitude: "-7.9525",
      longitude: "112.6144",
      kecamatan: "KLOJEN",
    });
    const inBatu = await createListing({
      primarySubsectorId: subsector.id,
      latitude: "-7.8700",
      longitude: "112.5400",
    });
    const ids = [right.id, withoutKecamatan.id, contradicting.id, inBatu.id];

    const report = await backfillListingAreas(prisma, { onlyListingIds: ids });
    expect(report.filled).toBe(2);
    expect(report.needsReview).toEqual(
      expect.arrayContaining([
        { slug: contradicting.slug, problem: "kecamatanContradictsPoint" },
        { slug: inBatu.slug, problem: "outsideMalang" },
      ]),
    );

    const stored = await prisma.listing.findMany({
      where: { id: { in: ids } },
      select: { id: true, kelurahanCode: true, kecamatan: true },
    });
    const byId = new Map(stored.map((listing) => [listing.id, listing]));
    expect(byId.get(right.id)).toMatchObject({ kelurahanCode: "35.73.05.1006", kecamatan: "LOWOKWARU" });
    expect(byId.get(withoutKecamatan.id)).toMatchObject({ kelurahanCode: "35.73.05.1006", kecamatan: "LOWOKWARU" });
    // Never silently "corrected": the contradicting and the outside points stay for staff.
    expect(byId.get(contradicting.id)).toMatchObject({ kelurahanCode: null, kecamatan: "KLOJEN" });
    expect(byId.get(inBatu.id)).toMatchObject({ kelurahanCode: null });
    expect(await prisma.auditLog.count({ where: { action: "listing.area-backfill", entityId: { in: ids } } })).toBe(2);

    // A second start finds nothing more to do.
    expect((await backfillListingAreas(prisma, { onlyListingIds: ids })).filled).toBe(0);
  });
});
