import "server-only";
import { prisma } from "@/lib/db/client";
import { assertActiveStaff } from "@/lib/auth/assert-role";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { submitPublicReport } from "@/lib/problem-reports/submit-public-report";
import { publicPostWhere } from "./visibility";
import { postReportSchema, type PostReportInput } from "./report-post-schemas";

// Every write of CollaborationPostReport: a visitor files one, staff dismiss one, and hiding a post handles the
// post's open ones (called by setPostHidden inside its transaction).

/**
 * Files an open report on a public post for staff to handle. The report and its audit entry commit together.
 * Null (nothing written) when the post is hidden, unknown, or its listing is not published.
 */
export async function reportPost(input: PostReportInput): Promise<{ reportId: string } | null> {
  return prisma.$transaction(async (tx) => {
    const post = await tx.collaborationPost.findFirst({
      where: { AND: [{ id: input.postId }, publicPostWhere()] },
      select: { id: true },
    });
    if (!post) return null;
    const report = await tx.collaborationPostReport.create({
      data: {
        postId: post.id,
        reason: input.reason,
        message: input.message,
        reporterEmail: input.email ?? null,
        status: "OPEN",
      },
      select: { id: true },
    });
    await recordAudit(tx, null, {
      action: "collaborationPostReport.create",
      entityType: "CollaborationPostReport",
      entityId: report.id,
      after: { postId: post.id, reason: input.reason },
    });
    return { reportId: report.id };
  });
}

/** The report form's whole answer, without Next: see `submitPublicReport`. */
export function submitPostReport(
  fields: Record<string, string>,
  context: { clientAddress: string | null; now?: Date },
) {
  return submitPublicReport(
    {
      subjectField: "postId",
      schema: postReportSchema,
      bucketPrefix: "postReport",
      subjectBucket: "post",
      file: reportPost,
    },
    fields,
    context,
  );
}

export type DismissPostReportResult = "handled" | "notOpen" | "notFound";

/**
 * Staff dismiss one report with a note: the post stays as it is. Only an open report can be handled, once: a
 * conditional update, so two officials cannot both handle it.
 */
export async function dismissPostReport(
  actor: AuditActor,
  reportId: string,
  note: string,
): Promise<DismissPostReportResult> {
  return prisma.$transaction(async (tx) => {
    await assertActiveStaff(tx, actor);
    const report = await tx.collaborationPostReport.findUnique({
      where: { id: reportId },
      select: { postId: true },
    });
    if (!report) return "notFound";
    const { count } = await tx.collaborationPostReport.updateMany({
      where: { id: reportId, status: "OPEN" },
      data: { status: "HANDLED", handlingNote: note, handledById: actor.id, handledAt: new Date() },
    });
    if (count !== 1) return "notOpen";
    await recordAudit(tx, actor, {
      action: "collaborationPostReport.dismiss",
      entityType: "CollaborationPostReport",
      entityId: reportId,
      before: { status: "OPEN" },
      after: { status: "HANDLED", handlingNote: note, postId: report.postId },
    });
    return "handled";
  });
}

/**
 * Inside the transaction that hides a post (the caller has checked the actor is staff): every open report of the
 * post is handled by that decision, with the hiding note. Returns how many were open.
 */
export async function handleReportsOfHiddenPost(
  tx: Prisma.TransactionClient,
  actor: AuditActor,
  postId: string,
  note: string,
): Promise<number> {
  const handled = await tx.collaborationPostReport.updateManyAndReturn({
    where: { postId, status: "OPEN" },
    data: { status: "HANDLED", handlingNote: note, handledById: actor.id, handledAt: new Date() },
    select: { id: true },
  });
  const ids = handled.map((report) => report.id);
  for (const id of ids) {
    await recordAudit(tx, actor, {
      action: "collaborationPostReport.hidePost",
      entityType: "CollaborationPostReport",
      entityId: id,
      before: { status: "OPEN" },
      after: { status: "HANDLED", handlingNote: note, postId },
    });
  }
  return ids.length;
}
