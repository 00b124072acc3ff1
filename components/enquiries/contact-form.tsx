import { getLocale, getTranslations } from "next-intl/server";
import { ContactFormFields, type ContactFormText } from "@/components/enquiries/contact-form-fields";

const fieldErrorKeys = ["nameRequired", "nameTooLong", "emailInvalid", "messageTooShort", "messageTooLong"] as const;

// A count that no other figure in the rate-limit message shares, replaced by the real one in the browser.
const MINUTES_MARK = 99;

/**
 * The public contact form of a listing profile. Its words are translated here, on the server, and handed to the
 * form as plain strings: the profile ships no next-intl (message formatting) code to the browser (decision 027).
 */
export async function ContactForm({ listingId, isReadByStaff }: { listingId: string; isReadByStaff: boolean }) {
  const t = await getTranslations("ContactForm");
  const locale = await getLocale();
  const text: ContactFormText = {
    title: t("title"),
    intro: t(isReadByStaff ? "introStaff" : "intro"),
    sent: t("sent"),
    sentToStaff: t("sentToStaff"),
    name: t("name"),
    email: t("email"),
    emailHint: t(isReadByStaff ? "emailHintStaff" : "emailHint"),
    message: t("message"),
    messageHint: t("messageHint"),
    honeypot: t("honeypot"),
    submit: t("submit"),
    errors: {
      ...Object.fromEntries(fieldErrorKeys.map((key) => [key, t(`errors.${key}`)])),
      unavailable: t("errors.unavailable"),
    },
    rateLimited: {
      one: t("errors.rateLimited", { minutes: 1 }).replace("1", "{minutes}"),
      other: t("errors.rateLimited", { minutes: MINUTES_MARK }).replace(String(MINUTES_MARK), "{minutes}"),
    },
  };
  return <ContactFormFields listingId={listingId} locale={locale} isReadByStaff={isReadByStaff} text={text} />;
}
