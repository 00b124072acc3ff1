import "server-only";
import { prisma } from "@/lib/db/client";
import type { ListingKind, UserRole } from "@/lib/generated/prisma/enums";
import { fieldGroupValues } from "@/lib/reach/schemas";
import { writeFieldChecks } from "./field-checks";
import { markListingChecked } from "./listing-writes";
import { publishedStatuses } from "./transitions";

/**
 * "Data masih benar": a manager of the listing confirms its details are still accurate. Scoped to the listings
 * the user manages, in a confirmable status — for anything else nothing is written and the answer is null. The change and its audit entry
 * commit together.
 */
export async function confirmListingData(
  actor: { id: string; role: UserRole },
  listingId: string,
): Promise<{ kind: ListingKind; slug: string } | null> {
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    // Only details that are (or were) shown can be "still correct": not a proposal, a rejected or archived listing.
    const isConfirmed = await markListingChecked(tx, listingId, {
      byId: actor.id,
      at: now,
      where: { status: { in: [...publishedStatuses] }, managers: { some: { userId: actor.id } } },
    });
    if (!isConfirmed) return null;
    // A manager sees and edits every group of fields, so confirming the listing confirms each of them.
    await writeFieldChecks(tx, listingId, fieldGroupValues, { id: actor.id, isStaff: false }, now);
    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        actorRole: actor.role,
        action: "listing.confirmData",
        entityType: "Listing",
        entityId: listingId,
        after: { lastVerifiedAt: now.toISOString() },
      },
    });
    return tx.listing.findUniqueOrThrow({ where: { id: listingId }, select: { kind: true, slug: true } });
  });
}
