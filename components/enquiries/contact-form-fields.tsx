"use client";

import { useActionState } from "react";
import { usePathname } from "next/navigation";
import { sendEnquiryAction } from "@/lib/enquiries/actions";
import type { EnquiryFormState } from "@/lib/enquiries/schemas";
import { FormField, SubmitButton, TextAreaField } from "@/components/forms/form-field";
import { HoneypotField } from "@/components/enquiries/honeypot-field";

export type ContactFormText = {
  title: string;
  intro: string;
  sent: string;
  sentToStaff: string;
  name: string;
  email: string;
  emailHint: string;
  message: string;
  messageHint: string;
  honeypot: string;
  submit: string;
  /** Message key → text; a key not here shows the form's generic refusal ("unavailable"). */
  errors: Record<string, string>;
  /** The rate-limit message per plural form, with "{minutes}" where the number goes. */
  rateLimited: { one: string; other: string };
};

/**
 * The contact form itself (components/enquiries/contact-form.tsx gives it its words): posts to a server action, so
 * the cached page stays static. Without JavaScript the browser posts it to this page and React renders the answer
 * (per-field errors or the thank-you) on the server. A listing without managers says so: Disporapar reads and
 * answers its messages (from the staff inbox).
 */
export function ContactFormFields({
  listingId,
  locale,
  isReadByStaff,
  text,
}: {
  listingId: string;
  locale: string;
  isReadByStaff: boolean;
  text: ContactFormText;
}) {
  const [state, formAction, isPending] = useActionState<EnquiryFormState, FormData>(
    sendEnquiryAction,
    {},
    // Without JavaScript the form posts to this page (React would otherwise write an empty, invalid `action`).
    usePathname(),
  );
  const message = (key: string | undefined) => (key ? (text.errors[key] ?? text.errors.unavailable) : undefined);
  const errorOf = (field: "name" | "email" | "message") => message(state.fieldErrors?.[field]?.[0]);
  const formError = () => {
    if (state.formError !== "rateLimited") return message(state.formError);
    const minutes = state.retryAfterMinutes ?? 60;
    const form = new Intl.PluralRules(locale).select(minutes) === "one" ? "one" : "other";
    return text.rateLimited[form].replace("{minutes}", new Intl.NumberFormat(locale).format(minutes));
  };

  return (
    <section aria-labelledby="kirim-pesan" className="max-w-xl space-y-3">
      <h2 id="kirim-pesan" className="text-xl font-semibold">
        {text.title}
      </h2>
      {state.isSent ? (
        <p role="status" className="rounded border border-brand-700 bg-brand-50 p-4">
          {(state.isReadByStaff ?? isReadByStaff) ? text.sentToStaff : text.sent}
        </p>
      ) : (
        <>
          <p>{text.intro}</p>
          <form action={formAction} noValidate className="relative space-y-4">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="listingId" value={listingId} />
            {state.formError ? (
              <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
                {formError()}
              </p>
            ) : null}
            <FormField
              id="contact-name"
              name="name"
              autoComplete="name"
              label={text.name}
              defaultValue={state.values?.name}
              error={errorOf("name")}
            />
            <FormField
              id="contact-email"
              name="email"
              type="email"
              autoComplete="email"
              label={text.email}
              hint={text.emailHint}
              defaultValue={state.values?.email}
              error={errorOf("email")}
            />
            <TextAreaField
              id="contact-message"
              name="message"
              label={text.message}
              hint={text.messageHint}
              rows={6}
              defaultValue={state.values?.message}
              error={errorOf("message")}
            />
            <HoneypotField id="contact-website" label={text.honeypot} />
            <SubmitButton label={text.submit} isPending={isPending} />
          </form>
        </>
      )}
    </section>
  );
}
