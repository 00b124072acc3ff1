import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import type { ClosePostInput } from "./schemas";

export type ClosePostResult =
  { ok: true } | { ok: false; error: "postUnavailable" | "alreadyClosed" | "partnerInvalid" };

/**
 * The poster closes a post of a listing they manage with its outcome: done (with one of the listings whose
 * response they accepted, or with someone outside the portal) or not done. Closed once; nothing is written for
 * anyone else.
 */
export async function closePost(actor: AuditActor, input: ClosePostInput): Promise<ClosePostResult> {
  return prisma.$transaction(async (tx) => {
    const post = await tx.collaborationPost.findFirst({
      where: { id: input.postId, listing: { managers: { some: { userId: actor.id } } } },
      select: { id: true, status: true },
    });
    if (!post) return { ok: false, error: "postUnavailable" } as const;
    if (post.status !== "OPEN") return { ok: false, error: "alreadyClosed" } as const;
    if (input.closedWithListingId) {
      const accepted = await tx.collaborationResponse.count({
        where: { postId: post.id, listingId: input.closedWithListingId, status: "ACCEPTED" },
      });
      if (accepted !== 1) return { ok: false, error: "partnerInvalid" } as const;
    }
    const closedAt = new Date();
    const { count } = await tx.collaborationPost.updateMany({
      where: { id: post.id, status: "OPEN" },
      data: {
        status: "CLOSED",
        outcome: input.outcome,
        outcomeNote: input.outcomeNote,
        closedWithListingId: input.outcome === "DONE" ? input.closedWithListingId : null,
        closedAt,
      },
    });
    if (count !== 1) return { ok: false, error: "alreadyClosed" } as const;
    await recordAudit(tx, actor, {
      action: "collaborationPost.close",
      entityType: "CollaborationPost",
      entityId: post.id,
      before: { status: "OPEN" },
      after: {
        status: "CLOSED",
        outcome: input.outcome,
        closedWithListingId: input.closedWithListingId,
        outcomeNote: input.outcomeNote,
      },
    });
    return { ok: true } as const;
  });
}
