import { z } from "zod";
import type { FormState } from "@/lib/forms/form-state";
import type { CollaborationPostReportReason } from "@/lib/generated/prisma/enums";
import { multilineText, text } from "@/lib/forms/text";
import { reportEmailField, reportMessageField, reportSubjectField } from "@/lib/problem-reports/report-fields";
export type { PublicReportFormState as PostReportFormState } from "@/lib/problem-reports/report-fields";
import { HIDDEN_NOTE_MAX_LENGTH, HIDDEN_NOTE_MIN_LENGTH } from "./schemas";

// The public "report this post" form and the staff decision on a report; the forms and the actions share these
// schemas. Messages are i18n keys: "ReportPost.errors" for the public form, "PostReportAdmin.errors" for staff.
export const postReportReasons = [
  "SPAM",
  "SCAM",
  "OFFENSIVE",
  "WRONG_INFORMATION",
  "OTHER",
] as const satisfies readonly CollaborationPostReportReason[];

export const postReportSchema = z.strictObject({
  postId: reportSubjectField(),
  reason: z.enum(postReportReasons, { error: "reasonRequired" }),
  message: reportMessageField(),
  email: reportEmailField(),
});

export type PostReportInput = z.infer<typeof postReportSchema>;

/** Staff: dismiss the report (the post stays) or hide the post (every open report of it is handled with it). */
export const postReportDecisions = ["DISMISS", "HIDE_POST"] as const;
export type PostReportDecision = (typeof postReportDecisions)[number];

export const handlePostReportSchema = z.strictObject({
  reportId: text().trim().min(1, { error: "notFound" }).max(100, { error: "notFound" }),
  decision: z.enum(postReportDecisions, { error: "decisionRequired" }),
  // The same note hides the post, so it follows the hiding note's rules.
  note: multilineText()
    .trim()
    .min(HIDDEN_NOTE_MIN_LENGTH, { error: "noteRequired" })
    .max(HIDDEN_NOTE_MAX_LENGTH, { error: "noteTooLong" }),
});

/** What the staff form shows after a refused decision. Keys are i18n keys under "PostReportAdmin". */
export type HandlePostReportState = FormState<
  "note" | "decision",
  "notOpen" | "notFound" | "alreadyHidden",
  { note: string }
>;
