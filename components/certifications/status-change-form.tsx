"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { changeCertificationStatusAction, type CertificationFormState } from "@/lib/certifications/actions";
import { NOTE_MAX_LENGTH } from "@/lib/certifications/schemas";
import { isNoteRequired } from "@/lib/certifications/transitions";
import { FormField, SubmitButton } from "@/components/forms/form-field";
import { FormAlert, TextAreaField } from "@/components/certifications/form-controls";
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
  const [state, formAction, isPending] = useActionState<CertificationFormState, FormData>(
    changeCertificationStatusAction,
    {},
  );
  const errorOf = (field: "note" | "number" | "issuedOn" | "expiresOn" | "to") => {
    const key = state.fieldErrors?.[field]?.[0];
    return key ? t(`errors.${key}`) : undefined;
  };
  const id = (field: string) => `status-${to}-${field}`;
  const isCertifying = to === "CERTIFIED";
  const headingId = id("heading");

  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded border border-slate-200 p-4">
      <h3 id={headingId} className="font-semibold">
        {tAdmin(`transitionTo.${to}`)}
      </h3>
      <p className="text-sm text-slate-700">{tAdmin(`transitionHelp.${to}`)}</p>
      {state.isConflict ? <FormAlert message={t("conflict")} /> : null}
      {state.isRefused ? <FormAlert message={t("refused")} /> : null}
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
