import "server-only";
import { prisma } from "@/lib/db/client";
import type { ListingKind, ListingStatus, UserRole } from "@/lib/generated/prisma/enums";
import { fieldGroupValues } from "@/lib/reach/schemas";
import { writeFieldChecks } from "./field-checks";

/** Only details that are (or were) shown can be "still correct": not a proposal, a rejected or archived listing. */
export const confirmableStatuses: readonly ListingStatus[] = ["PUBLISHED", "INACTIVE"];

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
    const { count } = await tx.listing.updateMany({
      where: {
        id: listingId,
        status: { in: [...confirmableStatuses] },
        managers: { some: { userId: actor.id } },
      },
      data: { lastVerifiedAt: now, lastVerifiedById: actor.id },
    });
    if (count !== 1) return null;
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
