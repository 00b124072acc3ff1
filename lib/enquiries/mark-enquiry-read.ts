import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";

/**
 * Marks one of a managed listing's messages read (or unread again), for every manager of the listing: "notFound"
 * when the message is not on a listing `actor` manages, "unchanged" when it already was. Audited like every owner
 * action.
 */
export async function markEnquiryRead(
  actor: AuditActor,
  listingId: string,
  enquiryId: string,
  isRead: boolean,
): Promise<"done" | "unchanged" | "notFound"> {
  const managed = { id: enquiryId, listingId, listing: { managers: { some: { userId: actor.id } } } };
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.enquiry.updateMany({
      where: { ...managed, readAt: isRead ? null : { not: null } },
      data: { readAt: isRead ? new Date() : null },
    });
    if (count !== 1) return (await tx.enquiry.count({ where: managed })) === 1 ? "unchanged" : "notFound";
    await recordAudit(tx, actor, {
      action: isRead ? "enquiry.markRead" : "enquiry.markUnread",
      entityType: "Enquiry",
      entityId: enquiryId,
    });
    return "done";
  });
}
