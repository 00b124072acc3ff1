import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListingKind } from "@/lib/generated/prisma/enums";
import type { ListingContent } from "./schemas";
import { toLocatedListingColumns } from "./located-content-schema";
import type { ListingMedia } from "./revision-changes";
import { createUniqueSlug } from "./slugs";

export type ProposeResult = { ok: true; listingId: string } | { ok: false; error: "subsectorUnknown" };

/** Every subsector the content names exists (ids come from the client). */
export async function hasKnownSubsectors(tx: Prisma.TransactionClient, content: ListingContent): Promise<boolean> {
  const ids = [...new Set([content.primarySubsectorId, ...content.otherSubsectorIds])];
  return (await tx.subsector.count({ where: { id: { in: ids } } })) === ids.length;
}

/**
 * A signed-in person proposes a new listing: it starts as pending review with the proposer as its manager, and
 * is not public until staff approve it. Never a sample; status, slug and the rest are set here, not by the form.
 */
export async function proposeNewListing(
  actor: AuditActor,
  kind: ListingKind,
  content: ListingContent,
  media: ListingMedia = {},
): Promise<ProposeResult> {
  return prisma.$transaction(async (tx) => {
    if (!(await hasKnownSubsectors(tx, content))) return { ok: false, error: "subsectorUnknown" } as const;
    const slug = await createUniqueSlug(tx, content.nameId);
    const listing = await tx.listing.create({
      data: {
        ...toLocatedListingColumns(content),
        kind,
        slug,
        status: "PENDING_REVIEW",
        isSample: false,
        createdById: actor.id,
        logoFileId: media.logoFileId ?? null,
        photos: { create: (media.photoFileIds ?? []).map((fileId, sortOrder) => ({ fileId, sortOrder })) },
        otherSubsectors: { create: content.otherSubsectorIds.map((subsectorId) => ({ subsectorId })) },
        managers: { create: { userId: actor.id } },
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "listing.propose",
      entityType: "Listing",
      entityId: listing.id,
      after: { kind, slug, status: "PENDING_REVIEW", content: content as Prisma.InputJsonValue, ...media },
    });
    return { ok: true, listingId: listing.id } as const;
  });
}
