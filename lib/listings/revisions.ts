import "server-only";
import { assertStaff } from "@/lib/auth/assert-role";
import { prisma } from "@/lib/db/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deliverEmail } from "@/lib/mail/mailer";
import type { ListingContent } from "./schemas";
import { listingContentSelect, toListingContent } from "./listing-content";
import { applyListingContent } from "./listing-writes";
import { hasKnownSubsectors } from "./new-listings";
import { recordEmailToManagers } from "./notify-managers";
import { mergeListingMedia, readRevisionChanges, type ListingMedia } from "./revision-changes";
import { isEditableByManager, isPublishedStatus } from "./transitions";

// A manager's edit of a listing, and staff's decision on it, in one place: propose (or update the one pending
// revision), approve (apply it to the listing), reject (with a note the managers read).

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
    if (!isEditableByManager(listing.status)) return { ok: false, error: "notEditable" } as const;
    if (!(await hasKnownSubsectors(tx, content))) return { ok: false, error: "subsectorUnknown" } as const;

    if (!isPublishedStatus(listing.status)) {
      if ((await countPhotosAfter(tx, listingId, media)) > MAX_PHOTOS_PER_LISTING)
        return { ok: false, error: "photoLimit" } as const;
      const applied = await applyListingContent(tx, listingId, {
        content,
        media,
        expectedVersion: listing.version,
        status: { to: "PENDING_REVIEW", note: null },
      });
      if (!applied.ok) return { ok: false, error: "notFound" } as const;
      await recordAudit(tx, actor, {
        action: "listing.updateProposal",
        entityType: "Listing",
        entityId: listingId,
        before: { status: listing.status },
        after: { content, ...media } as Prisma.InputJsonValue,
      });
      // Files this proposal stops using were never public: they are deleted once the change is committed.
      return { ok: true, outcome: "proposalUpdated", supersededFileIds: applied.replacedFileIds } as const;
    }

    const pending = await tx.listingRevision.findUnique({
      where: { pendingListingId: listingId },
      select: { id: true, changes: true },
    });
    const previousMedia: ListingMedia = pending ? readRevisionChanges(listing.kind, pending.changes) : {};
    const mergedMedia = pending ? mergeListingMedia(previousMedia, media) : media;
    if ((await countPhotosAfter(tx, listingId, mergedMedia)) > MAX_PHOTOS_PER_LISTING)
      return { ok: false, error: "photoLimit" } as const;
    // A new logo or cover replaces the one the pending revision proposed (as does taking the cover down): that one
    // was never public and is deleted.
    const supersededFileIds = [
      ...(media.logoFileId && previousMedia.logoFileId && previousMedia.logoFileId !== media.logoFileId
        ? [previousMedia.logoFileId]
        : []),
      ...((media.coverFileId || media.removeCover) &&
      previousMedia.coverFileId &&
      previousMedia.coverFileId !== media.coverFileId
        ? [previousMedia.coverFileId]
        : []),
    ];
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

export type RevisionDecisionResult =
  { ok: true; kind: string; slug: string } | { ok: false; error: "alreadyHandled" | "conflict" | "notFound" };

class ListingMovedOn extends Error {}

/**
 * Applies a pending revision to the published listing in one transaction. The reviewer saw a diff against the
 * listing at `expectedListingVersion`; if the listing changed since, nothing is written and they see a conflict.
 * The revision is claimed with a conditional update, so of two staff approving at once exactly one wins.
 */
export async function approveRevision(
  actor: AuditActor,
  revisionId: string,
  expectedListingVersion: number,
): Promise<RevisionDecisionResult> {
  assertStaff(actor);
  try {
    const outcome = await prisma.$transaction(async (tx) => {
      const now = new Date();
      const { count } = await tx.listingRevision.updateMany({
        where: { id: revisionId, status: "PENDING" },
        data: { status: "APPROVED", pendingListingId: null, reviewerId: actor.id, reviewedAt: now },
      });
      if (count !== 1) {
        const exists = await tx.listingRevision.count({ where: { id: revisionId } });
        return { ok: false, error: exists ? "alreadyHandled" : "notFound" } as const;
      }
      const revision = await tx.listingRevision.findUniqueOrThrow({
        where: { id: revisionId },
        select: { listingId: true, changes: true },
      });
      const listing = await tx.listing.findUniqueOrThrow({
        where: { id: revision.listingId },
        select: {
          ...listingContentSelect,
          kind: true,
          slug: true,
          version: true,
          logoFileId: true,
          coverFileId: true,
        },
      });
      if (listing.version !== expectedListingVersion) throw new ListingMovedOn();
      const changes = readRevisionChanges(listing.kind, revision.changes);
      const applied = await applyListingContent(
        tx,
        revision.listingId,
        {
          content: changes.content,
          media: changes,
          expectedVersion: expectedListingVersion,
          verified: { at: now, byId: actor.id },
        },
        now,
      );
      if (!applied.ok) throw new ListingMovedOn();
      await recordAudit(tx, actor, {
        action: "revision.approve",
        entityType: "Listing",
        entityId: revision.listingId,
        before: {
          content: toListingContent(listing),
          logoFileId: listing.logoFileId,
          coverFileId: listing.coverFileId,
        } as Prisma.InputJsonValue,
        after: { revisionId, ...changes } as Prisma.InputJsonValue,
      });
      const emailIds = await recordEmailToManagers(tx, revision.listingId, "revisionApproved", {
        listingName: listing.nameIndonesian,
      });
      return { ok: true, kind: listing.kind, slug: listing.slug, emailIds } as const;
    });
    if (!outcome.ok) return outcome;
    await Promise.all(outcome.emailIds.map(deliverEmail));
    return { ok: true, kind: outcome.kind, slug: outcome.slug };
  } catch (error) {
    if (error instanceof ListingMovedOn) return { ok: false, error: "conflict" };
    throw error;
  }
}

export async function rejectRevision(
  actor: AuditActor,
  revisionId: string,
  note: string,
): Promise<RevisionDecisionResult> {
  assertStaff(actor);
  const outcome = await prisma.$transaction(async (tx) => {
    const { count } = await tx.listingRevision.updateMany({
      where: { id: revisionId, status: "PENDING" },
      data: {
        status: "REJECTED",
        pendingListingId: null,
        reviewerId: actor.id,
        reviewedAt: new Date(),
        reviewNote: note,
      },
    });
    if (count !== 1) {
      const exists = await tx.listingRevision.count({ where: { id: revisionId } });
      return { ok: false, error: exists ? "alreadyHandled" : "notFound" } as const;
    }
    const revision = await tx.listingRevision.findUniqueOrThrow({
      where: { id: revisionId },
      select: { listingId: true, listing: { select: { kind: true, slug: true, nameIndonesian: true } } },
    });
    await recordAudit(tx, actor, {
      action: "revision.reject",
      entityType: "ListingRevision",
      entityId: revisionId,
      before: { status: "PENDING" },
      after: { status: "REJECTED", note },
    });
    const emailIds = await recordEmailToManagers(tx, revision.listingId, "revisionRejected", {
      listingName: revision.listing.nameIndonesian,
      note,
    });
    return { ok: true, kind: revision.listing.kind, slug: revision.listing.slug, emailIds } as const;
  });
  if (!outcome.ok) return outcome;
  await Promise.all(outcome.emailIds.map(deliverEmail));
  return { ok: true, kind: outcome.kind, slug: outcome.slug };
}
