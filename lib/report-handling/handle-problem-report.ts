import "server-only";
import { prisma } from "@/lib/db/client";
import { assertActiveStaff } from "@/lib/auth/assert-role";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";

export type HandleReportResult = "handled" | "notOpen" | "notFound";

/**
 * Staff close a problem report from the public as resolved (the listing was corrected) or dismissed, always with
 * a note. Only an open report can be closed, once: a conditional update, so two staff cannot both close it.
 */
export async function handleProblemReport(
  actor: AuditActor,
  reportId: string,
  decision: "RESOLVED" | "DISMISSED",
  note: string,
): Promise<HandleReportResult> {
  return prisma.$transaction(async (tx) => {
    await assertActiveStaff(tx, actor);
    const report = await tx.problemReport.findUnique({
      where: { id: reportId },
      select: { listingId: true, status: true },
    });
    if (!report) return "notFound";
    const now = new Date();
    const { count } = await tx.problemReport.updateMany({
      where: { id: reportId, status: "OPEN" },
      data: { status: decision, handlingNote: note, handledById: actor.id, handledAt: now },
    });
    if (count !== 1) return "notOpen";
    await recordAudit(tx, actor, {
      action: decision === "RESOLVED" ? "problemReport.resolve" : "problemReport.dismiss",
      entityType: "ProblemReport",
      entityId: reportId,
      before: { status: "OPEN" },
      after: { status: decision, handlingNote: note, listingId: report.listingId },
    });
    return "handled";
  });
}
