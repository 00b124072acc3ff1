import type { Prisma } from "@/lib/generated/prisma/client";
import type { Kecamatan } from "@/lib/generated/prisma/enums";

/**
 * The kelurahan derived for a listing saved before kelurahan existed; only if it still has none. Apart from
 * listing-writes.ts because the portal's start runs it outside Next, where "server-only" modules cannot load.
 */
export async function fillListingArea(
  tx: Prisma.TransactionClient,
  listingId: string,
  area: { kelurahanCode: string; kecamatan: Kecamatan },
): Promise<boolean> {
  const { count } = await tx.listing.updateMany({
    where: { id: listingId, kelurahanCode: null },
    data: { kelurahanCode: area.kelurahanCode, kecamatan: area.kecamatan },
  });
  return count === 1;
}
