"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import type { PublicReportFormState } from "@/lib/problem-reports/report-fields";
import { FormField, SubmitButton, TextAreaField } from "@/components/forms/form-field";
import { HoneypotField } from "@/components/enquiries/honeypot-field";

type PublicReportFormProps = {
  action: (previous: PublicReportFormState, formData: FormData) => Promise<PublicReportFormState>;
  /** Where the texts live: "ReportProblem" (a listing) or "ReportPost" (a collaboration post). */
  namespace: "ReportProblem" | "ReportPost";
  reasons: readonly string[];
  /** The hidden field naming what is reported, e.g. `{ name: "listingId", value: listing.id }`. */
  subject: { name: string; value: string };
  /** Prefix of the fields' ids, unique on the page. */
  idPrefix: string;
};

/** The public "report this" form of a listing and of a collaboration post: one shape, one set of protections. */
export function PublicReportForm({ action, namespace, reasons, subject, idPrefix }: PublicReportFormProps) {
  const t = useTranslations(namespace);
  const {
    state,
    formAction,
    isPending,
    fieldError: errorOf,
  } = useFormAction<PublicReportFormState>(action, {}, `${namespace}.errors`);

  if (state.isSent) {
    return (
      <p role="status" className="max-w-xl rounded border border-brand-700 bg-brand-50 p-4">
        {t("sent")}
      </p>
    );
  }

  const reasonError = errorOf("reason");

  return (
    <form action={formAction} noValidate className="relative max-w-xl space-y-4">
      <input type="hidden" name={subject.name} value={subject.value} />
      {state.formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t(`errors.${state.formError}`, { minutes: state.retryAfterMinutes ?? 60 })}
        </p>
      ) : null}
      <fieldset aria-describedby={reasonError ? `${idPrefix}-reason-error` : undefined} className="space-y-2">
        <legend className="font-medium">{t("reason")}</legend>
        {reasons.map((reason) => (
          <label key={reason} className="flex items-center gap-2">
            <input type="radio" name="reason" value={reason} defaultChecked={state.values?.reason === reason} />
            {t(`reasons.${reason}`)}
          </label>
        ))}
        {reasonError ? (
          <p id={`${idPrefix}-reason-error`} className="text-sm text-red-800">
            {reasonError}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField
        id={`${idPrefix}-message`}
        name="message"
        label={t("message")}
        hint={t("messageHint")}
        rows={6}
        defaultValue={state.values?.message}
        error={errorOf("message")}
      />
      <FormField
        id={`${idPrefix}-email`}
        name="email"
        type="email"
        autoComplete="email"
        label={t("email")}
        hint={t("emailHint")}
        defaultValue={state.values?.email}
        error={errorOf("email")}
      />
      <HoneypotField id={`${idPrefix}-website`} label={t("honeypot")} />
      <SubmitButton label={t("submit")} isPending={isPending} />
    </form>
  );
}
