import { z } from "zod";
import { reportEmailField, reportMessageField, reportSubjectField } from "./report-fields";
export type { PublicReportFormState as ProblemReportFormState } from "./report-fields";

// Messages are i18n keys (namespace "ReportProblem.errors"); the form and the action share this schema.
export const problemReportReasons = ["WRONG_DETAILS", "CLOSED", "DUPLICATE", "OTHER"] as const;

export const problemReportSchema = z.strictObject({
  listingId: reportSubjectField(),
  reason: z.enum(problemReportReasons, { error: "reasonRequired" }),
  message: reportMessageField(),
  email: reportEmailField(),
});

export type ProblemReportInput = z.infer<typeof problemReportSchema>;
