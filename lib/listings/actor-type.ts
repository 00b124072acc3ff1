import "server-only";
import { prisma } from "@/lib/db/client";
import { assertActiveStaff, assertStaff } from "@/lib/auth/assert-role";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import type { ActorType, ListingKind } from "@/lib/generated/prisma/enums";
import { actorTypeValues } from "@/lib/reach/schemas";
import { setListingActorTypeColumn } from "./listing-writes";

/** Staff set a listing's penta-helix role (academia, business, community, government, media). */
export async function setListingActorType(
  staff: AuditActor | null,
  listingId: string,
  actorType: string,
): Promise<{ kind: ListingKind; slug: string } | null> {
  assertStaff(staff);
  if (!(actorTypeValues as readonly string[]).includes(actorType)) return null;
  return prisma.$transaction(async (tx) => {
    await assertActiveStaff(tx, staff);
    const listing = await tx.listing.findUnique({
      where: { id: listingId },
      select: { kind: true, slug: true, actorType: true },
    });
    if (!listing) return null;
    if (listing.actorType === actorType) return { kind: listing.kind, slug: listing.slug };
    await setListingActorTypeColumn(tx, listingId, actorType as ActorType);
    await recordAudit(tx, staff, {
      action: "listing.setActorType",
      entityType: "Listing",
      entityId: listingId,
      before: { actorType: listing.actorType },
      after: { actorType },
    });
    return { kind: listing.kind, slug: listing.slug };
  });
}
