import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import type { ListingKind, ListingStatus } from "@/lib/generated/prisma/enums";
import { assertStaff } from "@/lib/auth/assert-role";
import { moveListingStatus } from "./listing-writes";
import type { StaffStatusChange } from "./transitions";

export type StatusChangeResult =
  | { ok: true; kind: ListingKind; slug: string; from: ListingStatus; to: ListingStatus }
  | { ok: false; error: "notFound" | "notAllowed" };

const auditActions: Record<StaffStatusChange, string> = {
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
  change: StaffStatusChange,
): Promise<StatusChangeResult> {
  assertStaff(actor);
  return prisma.$transaction(async (tx) => {
    const moved = await moveListingStatus(tx, listingId, change);
    if (!moved.ok) return moved;
    await recordAudit(tx, actor, {
      action: auditActions[change],
      entityType: "Listing",
      entityId: listingId,
      before: { status: moved.from, archivedFromStatus: moved.archivedFromBefore },
      after: { status: moved.to, archivedFromStatus: change === "archive" ? moved.from : null },
    });
    return { ok: true, kind: moved.kind, slug: moved.slug, from: moved.from, to: moved.to } as const;
  });
}
