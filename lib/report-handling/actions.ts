"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/session";
import { getPathname } from "@/lib/i18n/navigation";
import { readFormLocale } from "@/lib/i18n/routing";
import { handleReportSchema, reportStatusFilters } from "./schemas";
import { handleProblemReport } from "./handle-problem-report";
import { readText } from "@/lib/forms/text";
import { readInboxReturnField, returnToInbox } from "@/lib/inbox/return-to-inbox";
import { routes } from "@/lib/site/routes";

export type HandleReportState = {
  fieldErrors?: { note?: string[]; decision?: string[] };
  formError?: "notOpen" | "notFound";
  note?: string;
};

// Authorization: staff or admin (requireStaff); the data function checks the role again in its transaction.
export async function handleReportAction(_previous: HandleReportState, formData: FormData): Promise<HandleReportState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const value = (key: string) => readText(formData, key);
  const note = value("note");
  const parsed = handleReportSchema.safeParse({ reportId: value("reportId"), decision: value("decision"), note });
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return fieldErrors.reportId ? { formError: "notFound", note } : { fieldErrors, note };
  }
  const result = await handleProblemReport(staff, parsed.data.reportId, parsed.data.decision, parsed.data.note);
  if (result !== "handled") return { formError: result, note };
  const inboxReturn = readInboxReturnField(formData);
  if (inboxReturn) {
    const outcome = parsed.data.decision === "RESOLVED" ? "resolved" : "dismissed";
    await returnToInbox(locale, inboxReturn, { kind: "PROBLEM_REPORT", id: parsed.data.reportId }, outcome);
  }
  // Back to the list the staff member was looking at; the outcome is announced at the top of the page.
  const query = new URLSearchParams();
  const status = value("returnStatus");
  if ((reportStatusFilters as readonly string[]).includes(status)) query.set("status", status);
  query.set("hasil", parsed.data.decision === "RESOLVED" ? "diselesaikan" : "diabaikan");
  redirect(`${getPathname({ href: routes.admin.problemReports, locale })}?${query}`);
}
