import "server-only";
import type { z } from "zod";
import { HONEYPOT_FIELD } from "@/lib/enquiries/honeypot";
import { fieldErrorsOf } from "@/lib/forms/form-state";
import type { PublicReportFormState } from "./report-fields";
import { consumeRateLimits } from "@/lib/rate-limit/consume-rate-limit";

// The one answer of the public report forms (a listing's problem report, a collaboration post's report): the same
// fields, honeypot, validation and rate limits, so the two cannot drift apart. Each caller names its subject field
// (`listingId`, `postId`), its reasons, its rate-limit buckets and the write that files the report.

const HOUR_MS = 60 * 60 * 1000;

type ReportInput = { reason: string; message: string; email?: string | undefined };

export type PublicReportKind<Subject extends string, Input extends ReportInput & Record<Subject, string>> = {
  subjectField: Subject;
  schema: z.ZodType<Input>;
  /** Rate-limit bucket prefix, e.g. "problemReport"; the subject-wide bucket is `<prefix>:<subjectBucket>`. */
  bucketPrefix: string;
  subjectBucket: string;
  /** Files the report; null (nothing written) when the subject may not be reported (hidden, unpublished, gone). */
  file: (input: Input) => Promise<{ reportId: string } | null>;
};

type SubmissionContext = { clientAddress: string | null; now?: Date };

/**
 * Honeypot, validation, rate limits, then the kind's write. A filled honeypot is answered like a success and
 * nothing is stored.
 */
export async function submitPublicReport<Subject extends string, Input extends ReportInput & Record<Subject, string>>(
  kind: PublicReportKind<Subject, Input>,
  fields: Record<string, string>,
  context: SubmissionContext,
): Promise<PublicReportFormState> {
  if (fields[HONEYPOT_FIELD]) return { isSent: true };
  const values = { reason: fields.reason ?? "", message: fields.message ?? "", email: fields.email ?? "" };
  const parsed = kind.schema.safeParse({ [kind.subjectField]: fields[kind.subjectField] ?? "", ...values });
  if (!parsed.success) {
    const { [kind.subjectField]: subjectErrors, ...fieldErrors } = fieldErrorsOf<string>(parsed.error);
    if (subjectErrors) return { formError: "unavailable", values };
    return { fieldErrors, values };
  }

  const input = parsed.data;
  const limit = await consumeRateLimits(
    [
      // Per client; a subject-wide cap only when nothing names the client (see submitEnquiry).
      context.clientAddress
        ? { bucket: `${kind.bucketPrefix}:address`, key: context.clientAddress, limit: 5, windowMs: HOUR_MS }
        : {
            bucket: `${kind.bucketPrefix}:${kind.subjectBucket}`,
            key: input[kind.subjectField],
            limit: 20,
            windowMs: HOUR_MS,
          },
      ...(input.email ? [{ bucket: `${kind.bucketPrefix}:email`, key: input.email, limit: 5, windowMs: HOUR_MS }] : []),
    ],
    context.now,
  );
  if (!limit.isAllowed) {
    return { formError: "rateLimited", retryAfterMinutes: Math.ceil(limit.retryAfterSeconds / 60), values };
  }

  const report = await kind.file(input);
  if (!report) return { formError: "unavailable", values };
  return { isSent: true };
}
