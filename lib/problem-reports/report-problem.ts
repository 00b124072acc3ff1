import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { HONEYPOT_FIELD } from "@/lib/enquiries/schemas";
import { consumeRateLimits } from "@/lib/rate-limit/consume-rate-limit";
import { problemReportSchema, type ProblemReportFormState, type ProblemReportInput } from "./schemas";

const HOUR_MS = 60 * 60 * 1000;

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

type SubmissionContext = { clientAddress: string | null; now?: Date };

/**
 * The report form's whole answer, without Next: honeypot, validation, rate limits, then `reportProblem`.
 * A filled honeypot is answered like a success and nothing is stored.
 */
export async function submitProblemReport(
  fields: Record<string, string>,
  context: SubmissionContext,
): Promise<ProblemReportFormState> {
  if (fields[HONEYPOT_FIELD]) return { isSent: true };
  const values = { reason: fields.reason ?? "", message: fields.message ?? "", email: fields.email ?? "" };
  const parsed = problemReportSchema.safeParse({ listingId: fields.listingId ?? "", ...values });
  if (!parsed.success) {
    const { listingId, ...fieldErrors } = z.flattenError(parsed.error).fieldErrors;
    return listingId ? { formError: "unavailable", values } : { fieldErrors, values };
  }

  const limit = await consumeRateLimits(
    [
      // Per client; a listing-wide cap only when nothing names the client (see submitEnquiry).
      context.clientAddress
        ? { bucket: "problemReport:address", key: context.clientAddress, limit: 5, windowMs: HOUR_MS }
        : { bucket: "problemReport:listing", key: parsed.data.listingId, limit: 20, windowMs: HOUR_MS },
      ...(parsed.data.email
        ? [{ bucket: "problemReport:email", key: parsed.data.email, limit: 5, windowMs: HOUR_MS }]
        : []),
    ],
    context.now,
  );
  if (!limit.isAllowed) {
    return { formError: "rateLimited", retryAfterMinutes: Math.ceil(limit.retryAfterSeconds / 60), values };
  }

  const report = await reportProblem(parsed.data);
  if (!report) return { formError: "unavailable", values };
  return { isSent: true };
}
