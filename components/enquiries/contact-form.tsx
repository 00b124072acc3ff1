"use client";

import { usePathname } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { sendEnquiryAction } from "@/lib/enquiries/actions";
import type { EnquiryFormState } from "@/lib/enquiries/schemas";
import { FormField, SubmitButton, TextAreaField } from "@/components/forms/form-field";
import { HoneypotField } from "@/components/enquiries/honeypot-field";

/**
 * The public contact form of a listing profile: posts to a server action, so the cached page stays static. A
 * listing without managers says so: Disporapar reads and answers its messages (from the staff inbox).
 */
export function ContactForm({ listingId, isReadByStaff }: { listingId: string; isReadByStaff: boolean }) {
  const t = useTranslations("ContactForm");
  const locale = useLocale();
  const {
    state,
    formAction,
    isPending,
    fieldError: errorOf,
  } = useFormAction<EnquiryFormState>(
    sendEnquiryAction,
    {},
    "ContactForm.errors",
    // Without JavaScript the form posts to this page.
    usePathname(),
  );

  return (
    <section aria-labelledby="kirim-pesan" className="max-w-xl space-y-3">
      <h2 id="kirim-pesan" className="text-xl font-semibold">
        {t("title")}
      </h2>
      {state.isSent ? (
        <p role="status" className="rounded border border-brand-700 bg-brand-50 p-4">
          {t((state.isReadByStaff ?? isReadByStaff) ? "sentToStaff" : "sent")}
        </p>
      ) : (
        <>
          <p>{t(isReadByStaff ? "introStaff" : "intro")}</p>
          <form action={formAction} noValidate className="relative space-y-4">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="listingId" value={listingId} />
            {state.formError ? (
              <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
                {t(`errors.${state.formError}`, { minutes: state.retryAfterMinutes ?? 60 })}
              </p>
            ) : null}
            <FormField
              id="contact-name"
              name="name"
              autoComplete="name"
              label={t("name")}
              defaultValue={state.values?.name}
              error={errorOf("name")}
            />
            <FormField
              id="contact-email"
              name="email"
              type="email"
              autoComplete="email"
              label={t("email")}
              hint={t(isReadByStaff ? "emailHintStaff" : "emailHint")}
              defaultValue={state.values?.email}
              error={errorOf("email")}
            />
            <TextAreaField
              id="contact-message"
              name="message"
              label={t("message")}
              hint={t("messageHint")}
              rows={6}
              defaultValue={state.values?.message}
              error={errorOf("message")}
            />
            <HoneypotField id="contact-website" label={t("honeypot")} />
            <SubmitButton label={t("submit")} isPending={isPending} />
          </form>
        </>
      )}
    </section>
  );
}
