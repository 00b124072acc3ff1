import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import type { ListingKind, ListingStatus } from "@/lib/generated/prisma/enums";
import { publishStoredFile } from "@/lib/uploads/store-upload";
import { isStaffActor } from "./staff-actor";
import { isStatusChangeAllowed, statusAfterChange, type StatusChange } from "./status-changes";

export type StatusChangeResult =
  | { ok: true; kind: ListingKind; slug: string; from: ListingStatus; to: ListingStatus }
  | { ok: false; error: "forbidden" | "notFound" | "notAllowed" };

const auditActions: Record<StatusChange, string> = {
  publish: "listing.publish",
  deactivate: "listing.markInactive",
  archive: "listing.archive",
  restore: "listing.restore",
};

/**
 * Publishes, marks inactive, archives (a soft delete remembering the status it left) or restores a listing.
 * The update is conditional on the status it was read in, so of two staff changing it at once one wins and the
 * other is told the change no longer applies. Change and audit entry commit together.
 */
export async function changeListingStatus(
  actor: AuditActor | null,
  listingId: string,
  change: StatusChange,
): Promise<StatusChangeResult> {
  if (!isStaffActor(actor)) return { ok: false, error: "forbidden" };
  return prisma.$transaction(async (tx) => {
    const listing = await tx.listing.findUnique({
      where: { id: listingId },
      select: {
        kind: true,
        slug: true,
        status: true,
        archivedFromStatus: true,
        publishedAt: true,
        logoFileId: true,
        photos: { select: { fileId: true } },
      },
    });
    if (!listing) return { ok: false, error: "notFound" } as const;
    if (!isStatusChangeAllowed(change, listing.status)) return { ok: false, error: "notAllowed" } as const;
    const to = statusAfterChange(change, listing.archivedFromStatus);
    const isFirstPublication = to === "PUBLISHED" && listing.publishedAt === null;
    const { count } = await tx.listing.updateMany({
      where: { id: listingId, status: listing.status },
      data: {
        status: to,
        archivedFromStatus: change === "archive" ? listing.status : change === "restore" ? null : undefined,
        ...(isFirstPublication ? { publishedAt: new Date() } : {}),
      },
    });
    if (count !== 1) return { ok: false, error: "notAllowed" } as const;
    // A logo proposed with a listing stays private until the listing is public.
    if (to === "PUBLISHED" && listing.logoFileId) await publishStoredFile(tx, listing.logoFileId);
    if (to === "PUBLISHED") for (const photo of listing.photos) await publishStoredFile(tx, photo.fileId);
    await recordAudit(tx, actor, {
      action: auditActions[change],
      entityType: "Listing",
      entityId: listingId,
      before: { status: listing.status, archivedFromStatus: listing.archivedFromStatus },
      after: { status: to, archivedFromStatus: change === "archive" ? listing.status : null },
    });
    return { ok: true, kind: listing.kind, slug: listing.slug, from: listing.status, to } as const;
  });
}
