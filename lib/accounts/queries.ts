import "server-only";
import { prisma } from "@/lib/db/client";

/** The listings a user manages, whatever their status — scoped to that user, never by an id from the client. */
export async function listManagedListings(userId: string) {
  return prisma.listing.findMany({
    where: { managers: { some: { userId } } },
    orderBy: { nameId: "asc" },
    select: {
      id: true,
      kind: true,
      slug: true,
      nameId: true,
      nameEn: true,
      status: true,
      isSample: true,
      lastVerifiedAt: true,
    },
  });
}
