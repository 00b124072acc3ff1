import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import type { ListingKind } from "@/lib/generated/prisma/enums";
import { assertStaff } from "@/lib/auth/assert-role";
import { markListingChecked } from "./listing-writes";

export type MarkVerifiedResult =
  { ok: true; kind: ListingKind; slug: string; verifiedAt: Date } | { ok: false; error: "notFound" };

/**
 * Staff checked a listing's data and found it still right: it is verified as of now, which also ends a pending
 * freshness reminder. Change and audit entry commit together.
 */
export async function markListingVerified(
  actor: AuditActor | null,
  listingId: string,
  now: Date = new Date(),
): Promise<MarkVerifiedResult> {
  assertStaff(actor);
  return prisma.$transaction(async (tx) => {
    const listing = await tx.listing.findUnique({
      where: { id: listingId },
      select: { kind: true, slug: true, lastVerifiedAt: true, lastVerifiedById: true },
    });
    if (!listing) return { ok: false, error: "notFound" } as const;
    await markListingChecked(tx, listingId, { byId: actor.id, at: now });
    await recordAudit(tx, actor, {
      action: "listing.markVerified",
      entityType: "Listing",
      entityId: listingId,
      before: { lastVerifiedAt: listing.lastVerifiedAt?.toISOString() ?? null },
      after: { lastVerifiedAt: now.toISOString() },
    });
    return { ok: true, kind: listing.kind, slug: listing.slug, verifiedAt: now } as const;
  });
}
