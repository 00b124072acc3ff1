"use server";

import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/session";
import { getPathname } from "@/lib/i18n/navigation";
import { readFormLocale } from "@/lib/i18n/routing";
import { readFields } from "@/lib/forms/text";
import { fieldErrorsOf } from "@/lib/forms/form-state";
import { listSubsectors } from "@/lib/subsectors/queries";
import { answerEnquiry, releaseInboxItem, takeInboxItem } from "./inbox-writes";
import { inboxItemRef, inboxOutcomeSlugs, inboxQuery, parseInboxFilters, type InboxOutcome } from "./filters";
import { enquiryAnswerSchema, inboxItemSchema, type EnquiryAnswerState } from "./schemas";
import { readInboxReturnField, returnToInbox } from "./return-to-inbox";
import { routes } from "@/lib/site/routes";

/** Back to the inbox the form was on (its filters ride along as hidden fields), with the outcome announced. */
async function backToInbox(formData: FormData, locale: string, item: string, outcome: InboxOutcome): Promise<never> {
  const subsectors = await listSubsectors();
  const filters = parseInboxFilters(readFields(formData, ["jenis", "subsektor", "kecamatan"]), {
    subsectorSlugs: subsectors.map((subsector) => subsector.slug),
  });
  const query = inboxQuery(filters, { selesai: item, hasil: inboxOutcomeSlugs[outcome] });
  redirect(`${getPathname({ href: routes.admin.inbox, locale })}${query}#butir-${item.replace("~", "-")}`);
}

// Authorization: staff or admin (requireStaff); takeInboxItem re-reads the actor's role in its transaction.
export async function takeInboxItemAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const parsed = inboxItemSchema.safeParse(readFields(formData, ["kind", "itemId"]));
  if (!parsed.success) redirect(getPathname({ href: routes.admin.inbox, locale }));
  const { kind, itemId } = parsed.data;
  const result = await takeInboxItem(staff, kind, itemId);
  await backToInbox(formData, locale, inboxItemRef(kind, itemId), result.ok ? "taken" : result.error);
}

// Authorization: staff or admin (requireStaff); releaseInboxItem lets only the holder (or an admin) release.
export async function releaseInboxItemAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const parsed = inboxItemSchema.safeParse(readFields(formData, ["kind", "itemId"]));
  if (!parsed.success) redirect(getPathname({ href: routes.admin.inbox, locale }));
  const { kind, itemId } = parsed.data;
  const result = await releaseInboxItem(staff, kind, itemId);
  await backToInbox(formData, locale, inboxItemRef(kind, itemId), result.ok ? "released" : result.error);
}

// Authorization: staff or admin (requireStaff); answerEnquiry re-reads the actor's role in its transaction and
// refuses when another official holds the message.
export async function answerEnquiryAction(
  _previous: EnquiryAnswerState,
  formData: FormData,
): Promise<EnquiryAnswerState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const { enquiryId, answer } = readFields(formData, ["enquiryId", "answer"]);
  const values = { answer };
  const parsed = enquiryAnswerSchema.safeParse({ enquiryId, answer });
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf<"enquiryId" | "answer">(parsed.error);
    if (fieldErrors.enquiryId) return { formError: "notWaiting", values };
    return { fieldErrors: { answer: fieldErrors.answer }, values };
  }
  const result = await answerEnquiry(staff, parsed.data.enquiryId, parsed.data.answer);
  if (!result.ok) {
    return result.error === "takenByOther"
      ? { formError: "takenByOther", takenBy: result.name, values }
      : { formError: "notWaiting", values };
  }
  // The answer page is only reached from the inbox: without a kind filter it returns to all kinds.
  await returnToInbox(
    locale,
    readInboxReturnField(formData) ?? { kind: null },
    { kind: "ENQUIRY", id: parsed.data.enquiryId },
    "answered",
  );
  return {};
}
