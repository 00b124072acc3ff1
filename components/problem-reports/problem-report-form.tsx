"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { reportProblemAction } from "@/lib/problem-reports/actions";
import { problemReportReasons, type ProblemReportFormState } from "@/lib/problem-reports/schemas";
import { FormField, SubmitButton, TextAreaField } from "@/components/forms/form-field";
import { HoneypotField } from "@/components/enquiries/honeypot-field";

export function ProblemReportForm({ listingId }: { listingId: string }) {
  const t = useTranslations("ReportProblem");
  const {
    state,
    formAction,
    isPending,
    fieldError: errorOf,
  } = useFormAction<ProblemReportFormState>(reportProblemAction, {}, "ReportProblem.errors");

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
      <input type="hidden" name="listingId" value={listingId} />
      {state.formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t(`errors.${state.formError}`, { minutes: state.retryAfterMinutes ?? 60 })}
        </p>
      ) : null}
      <fieldset aria-describedby={reasonError ? "report-reason-error" : undefined} className="space-y-2">
        <legend className="font-medium">{t("reason")}</legend>
        {problemReportReasons.map((reason) => (
          <label key={reason} className="flex items-center gap-2">
            <input type="radio" name="reason" value={reason} defaultChecked={state.values?.reason === reason} />
            {t(`reasons.${reason}`)}
          </label>
        ))}
        {reasonError ? (
          <p id="report-reason-error" className="text-sm text-red-800">
            {reasonError}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField
        id="report-message"
        name="message"
        label={t("message")}
        hint={t("messageHint")}
        rows={6}
        defaultValue={state.values?.message}
        error={errorOf("message")}
      />
      <FormField
        id="report-email"
        name="email"
        type="email"
        autoComplete="email"
        label={t("email")}
        hint={t("emailHint")}
        defaultValue={state.values?.email}
        error={errorOf("email")}
      />
      <HoneypotField id="report-website" label={t("honeypot")} />
      <SubmitButton label={t("submit")} isPending={isPending} />
    </form>
  );
}
