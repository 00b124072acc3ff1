import "server-only";
import { prisma } from "@/lib/db/client";
import { assertActiveStaff } from "@/lib/auth/assert-role";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { deliverEmail, recordTemplatedEmail } from "@/lib/mail/mailer";
import { handleReportsOfHiddenPost } from "./report-post";

export type SetPostHiddenResult = { ok: true } | { ok: false; error: "postUnavailable" | "unchanged" };

/**
 * Staff hide a post that breaks the rules, or show it again, always with a note. A hidden post leaves the board,
 * its page and the open data at once; its poster still sees it, with the note, and is told by email. Hiding also
 * handles every open report of the post, in the same transaction.
 */
export async function setPostHidden(
  actor: AuditActor,
  postId: string,
  isHidden: boolean,
  note: string,
  options: { siteUrl: string },
): Promise<SetPostHiddenResult> {
  const result = await prisma.$transaction(async (tx) => {
    await assertActiveStaff(tx, actor);
    const post = await tx.collaborationPost.findUnique({
      where: { id: postId },
      select: {
        title: true,
        hiddenNote: true,
        listing: {
          select: {
            managers: {
              where: { user: { isDisabled: false } },
              select: { user: { select: { email: true, locale: true } } },
            },
          },
        },
      },
    });
    if (!post) return { ok: false, error: "postUnavailable" } as const;
    const { count } = await tx.collaborationPost.updateMany({
      where: { id: postId, isHidden: !isHidden },
      data: { isHidden, hiddenNote: isHidden ? note : null },
    });
    if (count !== 1) return { ok: false, error: "unchanged" } as const;
    if (isHidden) await handleReportsOfHiddenPost(tx, actor, postId, note);

    const emailIds: string[] = [];
    for (const manager of post.listing.managers) {
      emailIds.push(
        await recordTemplatedEmail(tx, manager.user, isHidden ? "collaborationPostHidden" : "collaborationPostShown", {
          title: post.title,
          note,
          postUrl: `${options.siteUrl}/kolaborasi/${postId}`,
        }),
      );
    }
    await recordAudit(tx, actor, {
      action: isHidden ? "collaborationPost.hide" : "collaborationPost.unhide",
      entityType: "CollaborationPost",
      entityId: postId,
      before: { isHidden: !isHidden, hiddenNote: post.hiddenNote },
      after: { isHidden, note },
    });
    return { ok: true, emailIds } as const;
  });
  if (!result.ok) return result;
  for (const id of result.emailIds) await deliverEmail(id);
  return { ok: true };
}
