import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { deliverEmail, recordTemplatedEmail } from "@/lib/mail/mailer";

export type DecideResponseResult =
  { ok: true; postId: string } | { ok: false; error: "responseUnavailable" | "alreadyDecided" | "postClosed" };

/**
 * The poster accepts or declines a response to a post of a listing they manage. Accepting is what reveals the
 * responder's account name and email to the post's managers (see listResponsesForPoster). Only a response that
 * is still waiting can be decided, once (a conditional update). The responder is told by email.
 */
export async function decideResponse(
  actor: AuditActor,
  responseId: string,
  decision: "ACCEPTED" | "DECLINED",
  options: { siteUrl: string },
): Promise<DecideResponseResult> {
  const result = await prisma.$transaction(async (tx) => {
    const response = await tx.collaborationResponse.findFirst({
      where: { id: responseId, post: { listing: { managers: { some: { userId: actor.id } } } } },
      select: {
        postId: true,
        listingId: true,
        post: { select: { status: true, title: true, listing: { select: { nameIndonesian: true } } } },
        author: { select: { email: true, isDisabled: true, locale: true } },
      },
    });
    if (!response) return { ok: false, error: "responseUnavailable" } as const;
    if (response.post.status !== "OPEN") return { ok: false, error: "postClosed" } as const;
    const { count } = await tx.collaborationResponse.updateMany({
      where: { id: responseId, status: "SENT" },
      data: { status: decision, decidedAt: new Date() },
    });
    if (count !== 1) return { ok: false, error: "alreadyDecided" } as const;

    const emailIds: string[] = [];
    if (response.author && !response.author.isDisabled) {
      emailIds.push(
        decision === "ACCEPTED"
          ? await recordTemplatedEmail(tx, response.author, "collaborationResponseAccepted", {
              listingName: response.post.listing.nameIndonesian,
              title: response.post.title,
              postUrl: `${options.siteUrl}/kolaborasi/${response.postId}`,
            })
          : await recordTemplatedEmail(tx, response.author, "collaborationResponseDeclined", {
              listingName: response.post.listing.nameIndonesian,
              title: response.post.title,
              boardUrl: `${options.siteUrl}/kolaborasi`,
            }),
      );
    }
    await recordAudit(tx, actor, {
      action: decision === "ACCEPTED" ? "collaborationResponse.accept" : "collaborationResponse.decline",
      entityType: "CollaborationResponse",
      entityId: responseId,
      before: { status: "SENT" },
      after: { status: decision, postId: response.postId, listingId: response.listingId },
    });
    return { ok: true, postId: response.postId, emailIds } as const;
  });
  if (!result.ok) return result;
  for (const id of result.emailIds) await deliverEmail(id);
  return { ok: true, postId: result.postId };
}
