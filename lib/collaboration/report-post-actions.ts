"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "@/lib/cache/revalidate-pages";
import { requireStaff } from "@/lib/auth/session";
import { HONEYPOT_FIELD } from "@/lib/enquiries/honeypot";
import { getPathname } from "@/lib/i18n/navigation";
import { readFormLocale, routing } from "@/lib/i18n/routing";
import { readRequestClientAddress } from "@/lib/rate-limit/client-address";
import { getSiteUrl } from "@/lib/seo/site-url";
import { fieldErrorsOf } from "@/lib/forms/form-state";
import { withNotice } from "@/lib/forms/notices";
import { readFields } from "@/lib/forms/text";
import { localeRoutePath, routes } from "@/lib/site/routes";
import { readInboxReturnField, returnToInbox } from "@/lib/inbox/return-to-inbox";
import { handlePostReport } from "./handle-post-report";
import { submitPostReport } from "./report-post";
import { handlePostReportSchema, type HandlePostReportState, type PostReportFormState } from "./report-post-schemas";

// Authorization: reporting a post is open to anyone by design. It only files a report on a public post for staff
// to review (nothing on the post changes), and is rate-limited per address, email and post.
export async function reportPostAction(
  _previous: PostReportFormState,
  formData: FormData,
): Promise<PostReportFormState> {
  const fields = readFields(formData, ["postId", "reason", "message", "email", HONEYPOT_FIELD]);
  return submitPostReport(fields, { clientAddress: await readRequestClientAddress() });
}

// Authorization: staff or admin (requireStaff); every write re-checks the role inside its transaction.
export async function handlePostReportAction(
  _previous: HandlePostReportState,
  formData: FormData,
): Promise<HandlePostReportState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const fields = readFields(formData, ["reportId", "decision", "note"]);
  const values = { note: fields.note };
  const parsed = handlePostReportSchema.safeParse(fields);
  if (!parsed.success) {
    const { reportId, ...fieldErrors } = fieldErrorsOf<"reportId" | "note" | "decision">(parsed.error);
    return reportId ? { formError: "notFound", values } : { fieldErrors, values };
  }
  const { reportId, decision } = parsed.data;
  const result = await handlePostReport(staff, reportId, decision, parsed.data.note, { siteUrl: getSiteUrl() });
  if (!result.ok) return { formError: result.error, values };
  if (decision === "HIDE_POST") {
    // The board and the post's page are rendered per request; this keeps any cached copy of them honest too.
    for (const each of routing.locales) {
      revalidatePath(localeRoutePath(each, routes.collaboration));
      revalidatePath(localeRoutePath(each, routes.collaborationPost(result.postId)));
    }
  }
  const outcome = decision === "HIDE_POST" ? "hidden" : "dismissed";
  const inboxReturn = readInboxReturnField(formData);
  if (inboxReturn) await returnToInbox(locale, inboxReturn, { kind: "COLLABORATION_REPORT", id: reportId }, outcome);
  const reportPath = getPathname({ href: routes.admin.collaborationReport(reportId), locale });
  redirect(withNotice(reportPath, "collaborationReport", decision === "HIDE_POST" ? "disembunyikan" : "diabaikan"));
}
