import { z } from "zod";
import { multilineText, text } from "@/lib/forms/text";

// Messages are i18n keys (namespace "AdminReports.errors").
export const reportDecisions = ["RESOLVED", "DISMISSED"] as const;

export const handleReportSchema = z.strictObject({
  reportId: text().trim().min(1, { error: "invalid" }).max(100, { error: "invalid" }),
  decision: z.enum(reportDecisions, { error: "decisionRequired" }),
  note: multilineText().trim().min(3, { error: "noteRequired" }).max(1000, { error: "noteTooLong" }),
});

export const reportStatusFilters = ["terbuka", "selesai", "diabaikan"] as const;
export type ReportStatusFilter = (typeof reportStatusFilters)[number];
