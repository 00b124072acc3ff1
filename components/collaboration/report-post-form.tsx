"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { reportPostAction } from "@/lib/collaboration/report-post-actions";
import { postReportReasons, type PostReportFormState } from "@/lib/collaboration/report-post-schemas";
import { FormField, SubmitButton, TextAreaField } from "@/components/forms/form-field";
import { HoneypotField } from "@/components/enquiries/honeypot-field";

/** The public "report this post" form: the same shape and protections as the listing's problem report. */
export function ReportPostForm({ postId }: { postId: string }) {
  const t = useTranslations("ReportPost");
  const {
    state,
    formAction,
    isPending,
    fieldError: errorOf,
  } = useFormAction<PostReportFormState>(reportPostAction, {}, "ReportPost.errors");

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
      <input type="hidden" name="postId" value={postId} />
      {state.formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t(`errors.${state.formError}`, { minutes: state.retryAfterMinutes ?? 60 })}
        </p>
      ) : null}
      <fieldset aria-describedby={reasonError ? "post-report-reason-error" : undefined} className="space-y-2">
        <legend className="font-medium">{t("reason")}</legend>
        {postReportReasons.map((reason) => (
          <label key={reason} className="flex items-center gap-2">
            <input type="radio" name="reason" value={reason} defaultChecked={state.values?.reason === reason} />
            {t(`reasons.${reason}`)}
          </label>
        ))}
        {reasonError ? (
          <p id="post-report-reason-error" className="text-sm text-red-800">
            {reasonError}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField
        id="post-report-message"
        name="message"
        label={t("message")}
        hint={t("messageHint")}
        rows={6}
        defaultValue={state.values?.message}
        error={errorOf("message")}
      />
      <FormField
        id="post-report-email"
        name="email"
        type="email"
        autoComplete="email"
        label={t("email")}
        hint={t("emailHint")}
        defaultValue={state.values?.email}
        error={errorOf("email")}
      />
      <HoneypotField id="post-report-website" label={t("honeypot")} />
      <SubmitButton label={t("submit")} isPending={isPending} />
    </form>
  );
}
