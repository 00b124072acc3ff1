"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { changeCertificationStatusAction, type CertificationFormState } from "@/lib/certifications/actions";
import { NOTE_MAX_LENGTH } from "@/lib/certifications/schemas";
import { isNoteRequired } from "@/lib/certifications/transitions";
import { FormAlert, FormField, SubmitButton, TextAreaField } from "@/components/forms/form-field";
import { InboxReturnField } from "@/components/admin/inbox-return-field";

type Props = {
  certificationId: string;
  to: "IN_REVIEW" | "CERTIFIED" | "REJECTED" | "REVOKED";
  /** The row's updatedAt as this page saw it (ISO); a later change by someone else makes this form stale. */
  expectedUpdatedAt: string;
  /** Prefilled for certifying: what the owner entered with the application. */
  defaults: { number: string; issuedOn: string; expiresOn: string };
  doesExpire: boolean;
};

/** One allowed step (e.g. "Revoke"), with its note and, when certifying, the certificate's details. */
export function StatusChangeForm({ certificationId, to, expectedUpdatedAt, defaults, doesExpire }: Props) {
  const t = useTranslations("CertificationForm");
  const tAdmin = useTranslations("CertificationAdmin");
  const locale = useLocale();
  const {
    state,
    formAction,
    isPending,
    fieldError: errorOf,
  } = useFormAction<CertificationFormState>(changeCertificationStatusAction, {}, "CertificationForm.errors");
  const id = (field: string) => `status-${to}-${field}`;
  const isCertifying = to === "CERTIFIED";
  const headingId = id("heading");

  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded border border-slate-200 p-4">
      <h3 id={headingId} className="font-semibold">
        {tAdmin(`transitionTo.${to}`)}
      </h3>
      <p className="text-sm text-slate-700">{tAdmin(`transitionHelp.${to}`)}</p>
      {state.formError ? <FormAlert message={t(state.formError)} /> : null}
      {errorOf("to") ? <FormAlert message={errorOf("to") ?? ""} /> : null}
      <form action={formAction} noValidate className="space-y-3">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="certificationId" value={certificationId} />
        <input type="hidden" name="to" value={to} />
        <input type="hidden" name="expectedUpdatedAt" value={expectedUpdatedAt} />
        <InboxReturnField />
        {isCertifying ? (
          <div className="grid gap-3 sm:grid-cols-3">
            <FormField
              id={id("number")}
              name="number"
              label={t("number")}
              defaultValue={state.values?.number ?? defaults.number}
              error={errorOf("number")}
            />
            <FormField
              id={id("issuedOn")}
              name="issuedOn"
              type="date"
              label={t("issuedOn")}
              defaultValue={state.values?.issuedOn ?? defaults.issuedOn}
              error={errorOf("issuedOn")}
            />
            <FormField
              id={id("expiresOn")}
              name="expiresOn"
              type="date"
              label={t("expiresOn")}
              hint={doesExpire ? t("expiresOnHint") : undefined}
              defaultValue={state.values?.expiresOn ?? defaults.expiresOn}
              error={errorOf("expiresOn")}
            />
          </div>
        ) : null}
        <TextAreaField
          id={id("note")}
          name="note"
          label={isNoteRequired(to) ? t("reason") : t("noteOptional")}
          rows={3}
          maxLength={NOTE_MAX_LENGTH}
          defaultValue={state.values?.note}
          error={errorOf("note")}
        />
        <SubmitButton
          label={tAdmin(`transitionTo.${to}`)}
          isPending={isPending}
          isDestructive={to === "REJECTED" || to === "REVOKED"}
        />
      </form>
    </section>
  );
}
