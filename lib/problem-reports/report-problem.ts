import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { problemReportSchema, type ProblemReportInput } from "./schemas";
import { submitPublicReport } from "./submit-public-report";

/**
 * Files an open problem report on a published listing for staff to handle. The report and its audit entry commit
 * together. Null (nothing written) when the listing is not published.
 */
export async function reportProblem(input: ProblemReportInput): Promise<{ reportId: string } | null> {
  return prisma.$transaction(async (tx) => {
    const listing = await tx.listing.findFirst({
      where: { id: input.listingId, status: "PUBLISHED" },
      select: { id: true },
    });
    if (!listing) return null;
    const report = await tx.problemReport.create({
      data: {
        listingId: listing.id,
        reason: input.reason,
        message: input.message,
        reporterEmail: input.email ?? null,
        status: "OPEN",
      },
      select: { id: true },
    });
    await recordAudit(tx, null, {
      action: "problemReport.create",
      entityType: "ProblemReport",
      entityId: report.id,
      after: { listingId: listing.id, reason: input.reason },
    });
    return { reportId: report.id };
  });
}

/** The report form's whole answer, without Next: see `submitPublicReport`. */
export function submitProblemReport(
  fields: Record<string, string>,
  context: { clientAddress: string | null; now?: Date },
) {
  return submitPublicReport(
    {
      subjectField: "listingId",
      schema: problemReportSchema,
      bucketPrefix: "problemReport",
      subjectBucket: "listing",
      file: reportProblem,
    },
    fields,
    context,
  );
}
