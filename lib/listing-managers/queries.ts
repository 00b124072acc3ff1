import "server-only";
import { prisma } from "@/lib/db/client";

/**
 * A listing with its managers and pending invitations — only for one of its managers (null for anyone else,
 * staff included: staff transfer listings from the admin area).
 */
export async function findManagedListingTeam(userId: string, listingId: string) {
  return prisma.listing.findFirst({
    where: { id: listingId, managers: { some: { userId } } },
    select: {
      id: true,
      kind: true,
      slug: true,
      nameIndonesian: true,
      nameEn: true,
      status: true,
      managers: {
        orderBy: { createdAt: "asc" },
        select: { createdAt: true, user: { select: { id: true, name: true, email: true } } },
      },
      invitations: {
        where: { acceptedAt: null, expiresAt: { gt: new Date() } },
        orderBy: { createdAt: "desc" },
        select: { id: true, email: true, expiresAt: true, invitedBy: { select: { name: true } } },
      },
    },
  });
}
