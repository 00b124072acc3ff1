"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { answerEnquiryAction } from "@/lib/inbox/actions";
import type { EnquiryAnswerState } from "@/lib/inbox/schemas";
import { SubmitButton, TextAreaField } from "@/components/forms/form-field";
import { InboxReturnField } from "@/components/admin/inbox-return-field";

/** The official's answer to a visitor's message; mailed to the visitor, and the message leaves the inbox. */
export function EnquiryAnswerForm({ enquiryId }: { enquiryId: string }) {
  const t = useTranslations("Inbox");
  const locale = useLocale();
  const { state, formAction, isPending, fieldError } = useFormAction<EnquiryAnswerState>(
    answerEnquiryAction,
    {},
    "Inbox.errors",
  );
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
        defaultValue={state.values?.answer}
        error={fieldError("answer")}
      />
      <SubmitButton label={t("enquiry.send")} isPending={isPending} />
    </form>
  );
}
