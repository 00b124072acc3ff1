"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { answerEnquiryAction } from "@/lib/inbox/actions";
import type { EnquiryAnswerState } from "@/lib/inbox/schemas";
import { SubmitButton, TextAreaField } from "@/components/forms/form-field";
import { InboxReturnField } from "@/components/admin/inbox-return-field";

/** The official's answer to a visitor's message; mailed to the visitor, and the message leaves the inbox. */
export function EnquiryAnswerForm({ enquiryId }: { enquiryId: string }) {
  const t = useTranslations("Inbox");
  const locale = useLocale();
  const [state, formAction, isPending] = useActionState<EnquiryAnswerState, FormData>(answerEnquiryAction, {});
  const answerError = state.fieldErrors?.answer?.[0];
  return (
    <form action={formAction} noValidate className="space-y-3 rounded border border-slate-300 p-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="enquiryId" value={enquiryId} />
      <InboxReturnField />
      {state.formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t(`errors.${state.formError}`, { name: state.takenBy ?? "—" })}
        </p>
      ) : null}
      <TextAreaField
        id="enquiry-answer"
        name="answer"
        rows={6}
        label={t("enquiry.answer")}
        hint={t("enquiry.answerHint")}
        defaultValue={state.answer}
        error={answerError ? t(`errors.${answerError}`) : undefined}
      />
      <SubmitButton label={t("enquiry.send")} isPending={isPending} />
    </form>
  );
}
