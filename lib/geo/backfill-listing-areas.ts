import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fillListingArea } from "@/lib/listings/fill-listing-area";
import { locateListing } from "./listing-location";

export type AreaBackfillReport = {
  filled: number;
  /** Listings whose stored point is outside the city or contradicts their kecamatan: staff must correct them. */
  needsReview: { slug: string; problem: "outsideMalang" | "kecamatanContradictsPoint" }[];
};

/**
 * Listings saved before kelurahan existed (migration 20261207053240) have a point but no kelurahan. Each start
 * derives it from the point with the same rule every save obeys (lib/geo/listing-location.ts) and records it in
 * the audit log. A point outside the city or contradicting the stored kecamatan is not "fixed" silently: it stays as
 * it is and is reported for staff to correct in the editor, where the save refuses it until they do.
 * Idempotent, and a no-op once every located listing has its kelurahan.
 */
export async function backfillListingAreas(
  prisma: PrismaClient,
  options: { onlyListingIds?: string[] } = {},
): Promise<AreaBackfillReport> {
  const listings = await prisma.listing.findMany({
    where: {
      kelurahanCode: null,
      latitude: { not: null },
      longitude: { not: null },
      ...(options.onlyListingIds ? { id: { in: options.onlyListingIds } } : {}),
    },
    select: { id: true, slug: true, latitude: true, longitude: true, kecamatan: true },
    orderBy: { slug: "asc" },
  });
  const report: AreaBackfillReport = { filled: 0, needsReview: [] };
  for (const listing of listings) {
    const located = locateListing({
      latitude: Number(listing.latitude),
      longitude: Number(listing.longitude),
      kecamatan: listing.kecamatan ?? undefined,
    });
    if (!located.ok) {
      report.needsReview.push({ slug: listing.slug, problem: located.error });
      continue;
    }
    await prisma.$transaction(async (tx) => {
      // Only a row still without a kelurahan: a save between the read and this write has derived it already.
      if (
        !(await fillListingArea(tx, listing.id, {
          kelurahanCode: located.kelurahanCode!,
          kecamatan: located.kecamatan!,
        }))
      )
        return;
      await tx.auditLog.create({
        data: {
          action: "listing.area-backfill",
          entityType: "Listing",
          entityId: listing.id,
          before: { kelurahanCode: null, kecamatan: listing.kecamatan },
          after: { kelurahanCode: located.kelurahanCode, kecamatan: located.kecamatan },
        },
      });
    });
    report.filled += 1;
  }
  return report;
}
