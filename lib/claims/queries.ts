import "server-only";
import { prisma } from "@/lib/db/client";

/** A published listing that can be claimed (its public name only). */
export async function getClaimableListing(listingId: string) {
  return prisma.listing.findFirst({
    where: { id: listingId, status: "PUBLISHED" },
    select: { id: true, nameIndonesian: true, nameEn: true },
  });
}

/** The claims a user made, newest first — scoped to that user. */
export async function listMyClaims(userId: string) {
  return prisma.listingClaim.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      status: true,
      reviewNote: true,
      createdAt: true,
      listing: { select: { nameIndonesian: true, nameEn: true } },
    },
  });
}
