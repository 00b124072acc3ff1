"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { closePostAction } from "@/lib/collaboration/actions";
import type { ClosePostFormState } from "@/lib/collaboration/schemas";
import { SelectField, SubmitButton, TextAreaField } from "@/components/forms/form-field";

/** The poster closes the post: done (with an accepted responder, or someone else) or not done. */
export function ClosePostForm({ postId, partners }: { postId: string; partners: { id: string; name: string }[] }) {
  const t = useTranslations("CollaborationForm");
  const locale = useLocale();
  const {
    state,
    formAction,
    isPending,
    fieldError: errorOf,
  } = useFormAction<ClosePostFormState>(closePostAction, {}, "CollaborationForm.errors");
  const outcomeError = errorOf("outcome");
  const outcome = state.values?.outcome ?? "DONE";
  return (
    <form key={JSON.stringify(state.values ?? {})} action={formAction} noValidate className="max-w-xl space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="postId" value={postId} />
      {state.formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t(`errors.${state.formError}`)}
        </p>
      ) : null}
      <fieldset aria-describedby={outcomeError ? "close-outcome-error" : undefined}>
        <legend className="font-medium">{t("outcome")}</legend>
        {(["DONE", "NOT_DONE"] as const).map((value) => (
          <div key={value} className="mt-1 flex items-start gap-2">
            <input
              id={`close-outcome-${value}`}
              name="outcome"
              type="radio"
              value={value}
              defaultChecked={outcome === value}
              className="mt-1 h-4 w-4"
            />
            <label htmlFor={`close-outcome-${value}`}>{t(value === "DONE" ? "outcomeDone" : "outcomeNotDone")}</label>
          </div>
        ))}
        {outcomeError ? (
          <p id="close-outcome-error" className="mt-1 text-sm text-red-800">
            {outcomeError}
          </p>
        ) : null}
      </fieldset>
      <SelectField
        id="close-partner"
        name="closedWithListingId"
        label={t("partner")}
        hint={t("partnerHint")}
        defaultValue={state.values?.closedWithListingId ?? partners[0]?.id ?? ""}
        error={errorOf("closedWithListingId")}
        options={[
          ...partners.map((partner) => ({ value: partner.id, label: partner.name })),
          { value: "", label: t("partnerOutside") },
        ]}
      />
      <TextAreaField
        id="close-note"
        name="outcomeNote"
        label={t("outcomeNote")}
        rows={3}
        defaultValue={state.values?.outcomeNote}
        error={errorOf("outcomeNote")}
      />
      <SubmitButton label={t("closeSubmit")} isPending={isPending} />
    </form>
  );
}
