"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { revalidatePath } from "@/lib/cache/revalidate-pages";
import { requireStaff } from "@/lib/auth/session";
import { HONEYPOT_FIELD } from "@/lib/enquiries/honeypot";
import { getPathname } from "@/lib/i18n/navigation";
import { readFormLocale, routing } from "@/lib/i18n/routing";
import { readRequestClientAddress } from "@/lib/rate-limit/client-address";
import { getSiteUrl } from "@/lib/seo/site-url";
import { readText } from "@/lib/forms/text";
import { recordPath } from "@/lib/forms/redirect-target";
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
  const fields = Object.fromEntries(
    ["postId", "reason", "message", "email", HONEYPOT_FIELD].map((key) => [key, readText(formData, key)]),
  );
  return submitPostReport(fields, { clientAddress: await readRequestClientAddress() });
}

// Authorization: staff or admin (requireStaff); every write re-checks the role inside its transaction.
export async function handlePostReportAction(
  _previous: HandlePostReportState,
  formData: FormData,
): Promise<HandlePostReportState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const note = readText(formData, "note");
  const parsed = handlePostReportSchema.safeParse({
    reportId: readText(formData, "reportId"),
    decision: readText(formData, "decision"),
    note,
  });
  if (!parsed.success) {
    const { reportId, ...fieldErrors } = z.flattenError(parsed.error).fieldErrors;
    return reportId ? { formError: "notFound", note } : { fieldErrors, note };
  }
  const { reportId, decision } = parsed.data;
  const result = await handlePostReport(staff, reportId, decision, parsed.data.note, { siteUrl: getSiteUrl() });
  if (!result.ok) return { formError: result.error, note };
  if (decision === "HIDE_POST") {
    // The board and the post's page are rendered per request; this keeps any cached copy of them honest too.
    for (const each of routing.locales) {
      revalidatePath(`/${each}/kolaborasi`);
      revalidatePath(`/${each}${recordPath("/kolaborasi", result.postId)}`);
    }
  }
  const outcome = decision === "HIDE_POST" ? "hidden" : "dismissed";
  const inboxReturn = readInboxReturnField(formData);
  if (inboxReturn) await returnToInbox(locale, inboxReturn, { kind: "COLLABORATION_REPORT", id: reportId }, outcome);
  const query = new URLSearchParams({ hasil: decision === "HIDE_POST" ? "disembunyikan" : "diabaikan" });
  redirect(`${getPathname({ href: recordPath("/admin/kolaborasi/laporan", reportId), locale })}?${query}`);
}
