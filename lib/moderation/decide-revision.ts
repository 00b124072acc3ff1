import "server-only";
import { assertStaff } from "@/lib/auth/assert-role";
import { prisma } from "@/lib/db/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deliverEmail } from "@/lib/mail/mailer";
import { listingContentSelect, toListingContent } from "@/lib/listings/listing-content";
import { toLocatedListingColumns } from "@/lib/listings/located-content-schema";
import { readRevisionChanges } from "@/lib/listings/revision-changes";
import { publishStoredFile, withdrawStoredFile } from "@/lib/uploads/store-upload";
import { recordEmailToManagers } from "./notify-managers";

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
        select: { ...listingContentSelect, kind: true, slug: true, version: true, logoFileId: true },
      });
      if (listing.version !== expectedListingVersion) throw new ListingMovedOn();
      const changes = readRevisionChanges(listing.kind, revision.changes);
      if (changes.logoFileId) await publishStoredFile(tx, changes.logoFileId);
      if (changes.logoFileId && listing.logoFileId && listing.logoFileId !== changes.logoFileId)
        await withdrawStoredFile(tx, listing.logoFileId);
      for (const fileId of changes.photoFileIds ?? []) await publishStoredFile(tx, fileId);
      if (changes.removedPhotoIds?.length) {
        const removed = await tx.listingPhoto.findMany({
          where: { listingId: revision.listingId, id: { in: changes.removedPhotoIds } },
          select: { fileId: true },
        });
        await tx.listingPhoto.deleteMany({
          where: { listingId: revision.listingId, id: { in: changes.removedPhotoIds } },
        });
        for (const photo of removed) await withdrawStoredFile(tx, photo.fileId);
      }
      const lastPhoto = await tx.listingPhoto.findFirst({
        where: { listingId: revision.listingId },
        orderBy: { sortOrder: "desc" },
      });
      await tx.listingSubsector.deleteMany({ where: { listingId: revision.listingId } });
      await tx.listing.update({
        where: { id: revision.listingId },
        data: {
          ...toLocatedListingColumns(changes.content),
          ...(changes.logoFileId ? { logoFileId: changes.logoFileId } : {}),
          photos: {
            create: (changes.photoFileIds ?? []).map((fileId, index) => ({
              fileId,
              sortOrder: (lastPhoto?.sortOrder ?? -1) + 1 + index,
            })),
          },
          version: { increment: 1 },
          lastVerifiedAt: now,
          lastVerifiedById: actor.id,
          otherSubsectors: { create: changes.content.otherSubsectorIds.map((subsectorId) => ({ subsectorId })) },
        },
      });
      await recordAudit(tx, actor, {
        action: "revision.approve",
        entityType: "Listing",
        entityId: revision.listingId,
        before: { content: toListingContent(listing), logoFileId: listing.logoFileId } as Prisma.InputJsonValue,
        after: { revisionId, ...changes } as Prisma.InputJsonValue,
      });
      const emailIds = await recordEmailToManagers(tx, revision.listingId, "revisionApproved", {
        listingName: listing.nameId,
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
      select: { listingId: true, listing: { select: { kind: true, slug: true, nameId: true } } },
    });
    await recordAudit(tx, actor, {
      action: "revision.reject",
      entityType: "ListingRevision",
      entityId: revisionId,
      before: { status: "PENDING" },
      after: { status: "REJECTED", note },
    });
    const name = revision.listing.nameId;
    const emailIds = await recordEmailToManagers(tx, revision.listingId, "revisionRejected", {
      listingName: name,
      note,
    });
    return { ok: true, kind: revision.listing.kind, slug: revision.listing.slug, emailIds } as const;
  });
  if (!outcome.ok) return outcome;
  await Promise.all(outcome.emailIds.map(deliverEmail));
  return { ok: true, kind: outcome.kind, slug: outcome.slug };
}
