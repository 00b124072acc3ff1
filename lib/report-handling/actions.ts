"use server";

import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/session";
import { getPathname } from "@/lib/i18n/navigation";
import { readFormLocale } from "@/lib/i18n/routing";
import { handleReportSchema, reportStatusFilters } from "./schemas";
import { handleProblemReport } from "./handle-problem-report";
import { readFields } from "@/lib/forms/text";
import { fieldErrorsOf, type FormState } from "@/lib/forms/form-state";
import { withNotice } from "@/lib/forms/notices";
import { readInboxReturnField, returnToInbox } from "@/lib/inbox/return-to-inbox";
import { routes } from "@/lib/site/routes";

/** Message keys of "AdminReports.errors"; only the note is typed, so only the note is kept. */
export type HandleReportState = FormState<"note" | "decision", "notOpen" | "notFound", { note: string }>;

// Authorization: staff or admin (requireStaff); the data function checks the role again in its transaction.
export async function handleReportAction(_previous: HandleReportState, formData: FormData): Promise<HandleReportState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const fields = readFields(formData, ["reportId", "decision", "note", "returnStatus"]);
  const values = { note: fields.note };
  const parsed = handleReportSchema.safeParse({
    reportId: fields.reportId,
    decision: fields.decision,
    note: fields.note,
  });
  if (!parsed.success) {
    const { reportId, ...fieldErrors } = fieldErrorsOf<"reportId" | "decision" | "note">(parsed.error);
    return reportId ? { formError: "notFound", values } : { fieldErrors, values };
  }
  const result = await handleProblemReport(staff, parsed.data.reportId, parsed.data.decision, parsed.data.note);
  if (result !== "handled") return { formError: result, values };
  const inboxReturn = readInboxReturnField(formData);
  if (inboxReturn) {
    const outcome = parsed.data.decision === "RESOLVED" ? "resolved" : "dismissed";
    await returnToInbox(locale, inboxReturn, { kind: "PROBLEM_REPORT", id: parsed.data.reportId }, outcome);
  }
  // Back to the list the staff member was looking at; the outcome is announced at the top of the page.
  const query = new URLSearchParams();
  const status = fields.returnStatus;
  if ((reportStatusFilters as readonly string[]).includes(status)) query.set("status", status);
  const code = parsed.data.decision === "RESOLVED" ? "diselesaikan" : "diabaikan";
  redirect(withNotice(getPathname({ href: routes.admin.problemReports, locale }), "problemReports", code, query));
}
