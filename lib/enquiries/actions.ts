"use server";

import { revalidatePath } from "@/lib/cache/revalidate-pages";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getPathname } from "@/lib/i18n/navigation";
import { readFormLocale, routing } from "@/lib/i18n/routing";
import { readRequestClientAddress } from "@/lib/rate-limit/client-address";
import { getSiteUrl } from "@/lib/seo/site-url";
import { HONEYPOT_FIELD, markEnquiryReadSchema, type EnquiryFormState } from "./schemas";
import { markEnquiryRead } from "./mark-enquiry-read";
import { submitEnquiry } from "./send-enquiry";
import { readFields } from "@/lib/forms/text";
import { readRecordId } from "@/lib/forms/redirect-target";
import { routes } from "@/lib/site/routes";

// Authorization: the contact form is open to anyone by design. It only writes to published listings, reveals
// nothing about the listing's managers, and is rate-limited per address, email and listing.
export async function sendEnquiryAction(_previous: EnquiryFormState, formData: FormData): Promise<EnquiryFormState> {
  const fields = readFields(formData, ["listingId", "name", "email", "message", HONEYPOT_FIELD]);
  return submitEnquiry(fields, {
    clientAddress: await readRequestClientAddress(),
    locale: readFormLocale(formData),
    siteUrl: getSiteUrl(),
  });
}

// Authorization: a signed-in user (requireUser); markEnquiryRead changes only messages of listings that user manages.
export async function markEnquiryReadAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const parsed = markEnquiryReadSchema.safeParse(readFields(formData, ["listingId", "enquiryId", "isRead"]));
  if (!parsed.success) redirect(getPathname({ href: routes.account.home, locale }));
  const { listingId, enquiryId, isRead } = parsed.data;
  const result = await markEnquiryRead(user, listingId, enquiryId, isRead);
  // Someone else's message: the same answer as for a listing that does not exist.
  if (result === "notFound") redirect(getPathname({ href: routes.account.home, locale }));
  const inbox = readRecordId(listingId) ? routes.account.listingEnquiries(listingId) : routes.account.home;
  for (const other of routing.locales) revalidatePath(getPathname({ href: inbox, locale: other }));
  redirect(`${getPathname({ href: inbox, locale })}#pesan-${readRecordId(enquiryId) ?? ""}`);
}
