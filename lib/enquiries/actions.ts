"use server";

import { readFormLocale } from "@/lib/i18n/routing";
import { readRequestClientAddress } from "@/lib/rate-limit/client-address";
import { getSiteUrl } from "@/lib/seo/site-url";
import { HONEYPOT_FIELD, type EnquiryFormState } from "./schemas";
import { submitEnquiry } from "./send-enquiry";

const text = (formData: FormData, key: string) => {
  const value = formData.get(key);
  return typeof value === "string" ? value : "";
};

// Authorization: the contact form is open to anyone by design. It only writes to published listings, reveals
// nothing about the listing's managers, and is rate-limited per address, email and listing.
export async function sendEnquiryAction(_previous: EnquiryFormState, formData: FormData): Promise<EnquiryFormState> {
  const fields = Object.fromEntries(
    ["listingId", "name", "email", "message", HONEYPOT_FIELD].map((key) => [key, text(formData, key)]),
  );
  return submitEnquiry(fields, {
    clientAddress: await readRequestClientAddress(),
    locale: readFormLocale(formData),
    siteUrl: getSiteUrl(),
  });
}
