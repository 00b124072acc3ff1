import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListingContent } from "./schemas";
import { toLocatedListingColumns } from "./located-content-schema";
import { hasKnownSubsectors } from "./propose-new-listing";
import { mergeListingMedia, readRevisionChanges, type ListingMedia } from "./revision-changes";

export type ReviseResult =
  | { ok: true; outcome: "revisionPending" | "proposalUpdated"; supersededFileIds: string[] }
  | { ok: false; error: "notFound" | "subsectorUnknown" | "notEditable" | "photoLimit" };

/** A listing shows at most this many photos, counting those waiting for review. */
export const MAX_PHOTOS_PER_LISTING = 12;

/** The listing's photos after the change: kept ones plus new ones. */
async function countPhotosAfter(tx: Prisma.TransactionClient, listingId: string, media: ListingMedia): Promise<number> {
  const kept = await tx.listingPhoto.count({
    where: { listingId, id: { notIn: media.removedPhotoIds ?? [] } },
  });
  return kept + (media.photoFileIds?.length ?? 0);
}

/**
 * A manager edits a listing. A listing that is public (or was, and is inactive) keeps its published content: the
 * edit becomes the one pending revision for staff to review, and later edits update that same revision. A new
 * listing still waiting for its first review (or rejected) is not public, so the edit changes its proposal in
 * place and sends it back to review. Only content fields reach here (the schema is strict); nothing an owner
 * does changes status beyond "back to review", certification, ownership, slug or isSample.
 */
export async function proposeListingChanges(
  actor: AuditActor,
  listingId: string,
  content: ListingContent,
  media: ListingMedia = {},
): Promise<ReviseResult> {
  return prisma.$transaction(async (tx) => {
    const listing = await tx.listing.findFirst({
      where: { id: listingId, managers: { some: { userId: actor.id } } },
      select: { id: true, kind: true, status: true, version: true },
    });
    if (!listing) return { ok: false, error: "notFound" } as const;
    if (listing.status === "ARCHIVED") return { ok: false, error: "notEditable" } as const;
    if (!(await hasKnownSubsectors(tx, content))) return { ok: false, error: "subsectorUnknown" } as const;

    if (listing.status === "PENDING_REVIEW" || listing.status === "REJECTED" || listing.status === "DRAFT") {
      if ((await countPhotosAfter(tx, listingId, media)) > MAX_PHOTOS_PER_LISTING)
        return { ok: false, error: "photoLimit" } as const;
      // Files this proposal stops using were never public: they are deleted once the change is committed.
      const superseded = await tx.listing.findUniqueOrThrow({
        where: { id: listingId },
        select: {
          logoFileId: true,
          photos: { where: { id: { in: media.removedPhotoIds ?? [] } }, select: { fileId: true } },
        },
      });
      const supersededFileIds = [
        ...(media.logoFileId && superseded.logoFileId && superseded.logoFileId !== media.logoFileId
          ? [superseded.logoFileId]
          : []),
        ...superseded.photos.map((photo) => photo.fileId),
      ];
      await tx.listingSubsector.deleteMany({ where: { listingId } });
      if (media.removedPhotoIds?.length)
        await tx.listingPhoto.deleteMany({ where: { listingId, id: { in: media.removedPhotoIds } } });
      const lastPhoto = await tx.listingPhoto.findFirst({ where: { listingId }, orderBy: { sortOrder: "desc" } });
      await tx.listing.update({
        where: { id: listingId },
        data: {
          ...toLocatedListingColumns(content),
          ...(media.logoFileId ? { logoFileId: media.logoFileId } : {}),
          photos: {
            create: (media.photoFileIds ?? []).map((fileId, index) => ({
              fileId,
              sortOrder: (lastPhoto?.sortOrder ?? -1) + 1 + index,
            })),
          },
          status: "PENDING_REVIEW",
          statusNote: null,
          version: { increment: 1 },
          otherSubsectors: { create: content.otherSubsectorIds.map((subsectorId) => ({ subsectorId })) },
        },
      });
      await recordAudit(tx, actor, {
        action: "listing.updateProposal",
        entityType: "Listing",
        entityId: listingId,
        before: { status: listing.status },
        after: { content, ...media } as Prisma.InputJsonValue,
      });
      return { ok: true, outcome: "proposalUpdated", supersededFileIds } as const;
    }

    const pending = await tx.listingRevision.findUnique({
      where: { pendingListingId: listingId },
      select: { id: true, changes: true },
    });
    const previousMedia: ListingMedia = pending ? readRevisionChanges(listing.kind, pending.changes) : {};
    const mergedMedia = pending ? mergeListingMedia(previousMedia, media) : media;
    if ((await countPhotosAfter(tx, listingId, mergedMedia)) > MAX_PHOTOS_PER_LISTING)
      return { ok: false, error: "photoLimit" } as const;
    // A new logo replaces the one the pending revision proposed: that one was never public and is deleted.
    const supersededFileIds =
      media.logoFileId && previousMedia.logoFileId && previousMedia.logoFileId !== media.logoFileId
        ? [previousMedia.logoFileId]
        : [];
    const changes = { content, ...mergedMedia } as Prisma.InputJsonValue;
    const revision = pending
      ? await tx.listingRevision.update({
          where: { id: pending.id },
          data: { changes, baseVersion: listing.version, authorId: actor.id },
          select: { id: true },
        })
      : await tx.listingRevision.create({
          data: { listingId, pendingListingId: listingId, authorId: actor.id, baseVersion: listing.version, changes },
          select: { id: true },
        });
    await recordAudit(tx, actor, {
      action: pending ? "revision.update" : "revision.create",
      entityType: "ListingRevision",
      entityId: revision.id,
      after: changes,
    });
    return { ok: true, outcome: "revisionPending", supersededFileIds } as const;
  });
}
