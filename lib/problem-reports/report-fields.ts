import { z } from "zod";
import type { FormState } from "@/lib/forms/form-state";
import { multilineText, text } from "@/lib/forms/text";

// The fields and form state both public report forms share (a listing's problem report, a collaboration post's
// report); lib/problem-reports/submit-public-report.ts answers both. Messages are i18n keys under each form's
// "errors".

/** The report's own fields, shared by both schemas; messages are i18n keys under the form's "errors". */
export const reportMessageField = () =>
  multilineText().trim().min(10, { error: "messageTooShort" }).max(2000, { error: "messageTooLong" });
/** Optional: a way for staff to ask back. An empty field means none. */
export const reportEmailField = () =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    text().trim().toLowerCase().email({ error: "emailInvalid" }).max(254, { error: "emailInvalid" }).optional(),
  );
/** The hidden id of what is reported: a bad one means the subject is gone, not a field to correct. */
export const reportSubjectField = () => text().min(1, { error: "unavailable" }).max(100, { error: "unavailable" });

/** What a report form shows after a submission. */
export type PublicReportFormState = FormState<
  "reason" | "message" | "email",
  "unavailable" | "rateLimited",
  { reason: string; message: string; email: string }
> & { retryAfterMinutes?: number; isSent?: boolean };
