import "server-only";
import { assertStaff } from "@/lib/auth/assert-role";
import { prisma } from "@/lib/db/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { deliverEmail } from "@/lib/mail/mailer";
import { publishStoredFile } from "@/lib/uploads/store-upload";
import { recordEmailToManagers } from "./notify-managers";

export type DecisionResult = { ok: true; kind: string; slug: string } | { ok: false; error: "alreadyHandled" };

/**
 * Staff decide a proposed listing. The status change is conditional on the listing still waiting, so when two
 * staff decide at once exactly one wins and the other is told it was already handled.
 */
export async function approveNewListing(actor: AuditActor, listingId: string): Promise<DecisionResult> {
  assertStaff(actor);
  const outcome = await prisma.$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.listing.updateMany({
      where: { id: listingId, status: "PENDING_REVIEW" },
      data: {
        status: "PUBLISHED",
        statusNote: null,
        publishedAt: now,
        lastVerifiedAt: now,
        lastVerifiedById: actor.id,
      },
    });
    if (count !== 1) return { ok: false, error: "alreadyHandled" } as const;
    const listing = await tx.listing.findUniqueOrThrow({
      where: { id: listingId },
      select: { kind: true, slug: true, nameId: true, logoFileId: true, photos: { select: { fileId: true } } },
    });
    if (listing.logoFileId) await publishStoredFile(tx, listing.logoFileId);
    for (const photo of listing.photos) await publishStoredFile(tx, photo.fileId);
    await recordAudit(tx, actor, {
      action: "listing.approve",
      entityType: "Listing",
      entityId: listingId,
      before: { status: "PENDING_REVIEW" },
      after: { status: "PUBLISHED" },
    });
    const emailIds = await recordEmailToManagers(tx, listingId, "listingApproved", { listingName: listing.nameId });
    return { ok: true, kind: listing.kind, slug: listing.slug, emailIds } as const;
  });
  if (!outcome.ok) return outcome;
  await Promise.all(outcome.emailIds.map(deliverEmail));
  return { ok: true, kind: outcome.kind, slug: outcome.slug };
}

export async function rejectNewListing(actor: AuditActor, listingId: string, note: string): Promise<DecisionResult> {
  assertStaff(actor);
  const outcome = await prisma.$transaction(async (tx) => {
    const { count } = await tx.listing.updateMany({
      where: { id: listingId, status: "PENDING_REVIEW" },
      data: { status: "REJECTED", statusNote: note },
    });
    if (count !== 1) return { ok: false, error: "alreadyHandled" } as const;
    const listing = await tx.listing.findUniqueOrThrow({
      where: { id: listingId },
      select: { kind: true, slug: true, nameId: true },
    });
    await recordAudit(tx, actor, {
      action: "listing.reject",
      entityType: "Listing",
      entityId: listingId,
      before: { status: "PENDING_REVIEW" },
      after: { status: "REJECTED", note },
    });
    const emailIds = await recordEmailToManagers(tx, listingId, "listingRejected", {
      listingName: listing.nameId,
      note,
    });
    return { ok: true, kind: listing.kind, slug: listing.slug, emailIds } as const;
  });
  if (!outcome.ok) return outcome;
  await Promise.all(outcome.emailIds.map(deliverEmail));
  return { ok: true, kind: outcome.kind, slug: outcome.slug };
}
