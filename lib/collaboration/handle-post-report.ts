import "server-only";
import { prisma } from "@/lib/db/client";
import { assertStaff } from "@/lib/auth/assert-role";
import type { AuditActor } from "@/lib/audit/record-audit";
import { setPostHidden } from "./hide-post";
import { dismissPostReport } from "./report-post";
import type { PostReportDecision } from "./report-post-schemas";

export type HandlePostReportResult =
  { ok: true; postId: string } | { ok: false; error: "notOpen" | "notFound" | "alreadyHidden" };

/**
 * Staff decide on a report of a collaboration post, always with a note: dismiss it (the post stays; only this
 * report is handled) or hide the post (setPostHidden, which handles every open report of the post in the same
 * transaction and tells the poster). Each write re-checks the actor inside its own transaction.
 */
export async function handlePostReport(
  actor: AuditActor,
  reportId: string,
  decision: PostReportDecision,
  note: string,
  options: { siteUrl: string },
): Promise<HandlePostReportResult> {
  assertStaff(actor);
  const report = await prisma.collaborationPostReport.findUnique({
    where: { id: reportId },
    select: { postId: true, status: true },
  });
  if (!report) return { ok: false, error: "notFound" };
  if (decision === "DISMISS") {
    const result = await dismissPostReport(actor, reportId, note);
    return result === "handled" ? { ok: true, postId: report.postId } : { ok: false, error: result };
  }
  if (report.status !== "OPEN") return { ok: false, error: "notOpen" };
  const hidden = await setPostHidden(actor, report.postId, true, note, options);
  if (!hidden.ok) return { ok: false, error: hidden.error === "unchanged" ? "alreadyHidden" : "notFound" };
  return { ok: true, postId: report.postId };
}
