"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/session";
import { readFormLocale } from "@/lib/i18n/routing";
import { handleReportSchema } from "./schemas";
import { handleProblemReport } from "./handle-problem-report";

export type HandleReportState = {
  fieldErrors?: { note?: string[]; decision?: string[] };
  formError?: "notOpen" | "notFound";
  note?: string;
  handled?: "RESOLVED" | "DISMISSED";
};

// Authorization: staff or admin (requireStaff); the data function checks the role again in its transaction.
export async function handleReportAction(_previous: HandleReportState, formData: FormData): Promise<HandleReportState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const value = (key: string) => (typeof formData.get(key) === "string" ? String(formData.get(key)) : "");
  const note = value("note");
  const parsed = handleReportSchema.safeParse({ reportId: value("reportId"), decision: value("decision"), note });
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return fieldErrors.reportId ? { formError: "notFound", note } : { fieldErrors, note };
  }
  const result = await handleProblemReport(staff, parsed.data.reportId, parsed.data.decision, parsed.data.note);
  if (result !== "handled") return { formError: result, note };
  revalidatePath(`/${locale}/admin/laporan`);
  return { handled: parsed.data.decision };
}
