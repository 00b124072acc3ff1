"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import type { DecisionState } from "@/lib/moderation/decision-flow";
import { destructiveButtonClass, primaryButtonClass, TextAreaField } from "@/components/forms/form-field";
import { InboxReturnField } from "@/components/admin/inbox-return-field";

type Props = {
  action: (state: DecisionState, formData: FormData) => Promise<DecisionState>;
  hiddenFields: Record<string, string>;
};

/** Approve, or reject with a note for the managers: one form, the pressed button says which. */
export function DecisionForm({ action, hiddenFields }: Props) {
  const t = useTranslations("Moderation");
  const locale = useLocale();
  const { state, formAction, isPending, fieldError } = useFormAction<DecisionState>(action, {}, "Moderation.errors");
  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-3 rounded border border-slate-300 p-4">
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(hiddenFields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <InboxReturnField />
      {state.formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t(`result.${state.formError === "notFound" ? "alreadyHandled" : state.formError}`)}
        </p>
      ) : null}
      <TextAreaField
        id="decision-note"
        name="note"
        rows={3}
        label={t("note")}
        defaultValue={state.values?.note}
        error={fieldError("note")}
      />
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="decision" value="approve" disabled={isPending} className={primaryButtonClass}>
          {t("approve")}
        </button>
        <button type="submit" name="decision" value="reject" disabled={isPending} className={destructiveButtonClass}>
          {t("reject")}
        </button>
      </div>
    </form>
  );
}
