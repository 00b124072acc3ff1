import { z } from "zod";
import { multilineText, text } from "@/lib/forms/text";
import type { FormState } from "@/lib/forms/form-state";

// Messages are i18n keys (namespace "ReportProblem.errors"); the form and the action share this schema.
export const problemReportReasons = ["WRONG_DETAILS", "CLOSED", "DUPLICATE", "OTHER"] as const;

export const problemReportSchema = z.strictObject({
  listingId: text().min(1, { error: "unavailable" }).max(100, { error: "unavailable" }),
  reason: z.enum(problemReportReasons, { error: "reasonRequired" }),
  message: multilineText().trim().min(10, { error: "messageTooShort" }).max(2000, { error: "messageTooLong" }),
  // Optional: a way for staff to ask back. An empty field means none.
  email: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    text().trim().toLowerCase().email({ error: "emailInvalid" }).max(254, { error: "emailInvalid" }).optional(),
  ),
});

export type ProblemReportInput = z.infer<typeof problemReportSchema>;

/** What the report form shows after a submission. Keys are i18n keys under "ReportProblem.errors". */
export type ProblemReportFormState = FormState<
  "reason" | "message" | "email",
  "unavailable" | "rateLimited",
  { reason: string; message: string; email: string }
> & {
  retryAfterMinutes?: number;
  isSent?: boolean;
};
