"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { editCertificationDetailsAction, type CertificationFormState } from "@/lib/certifications/actions";
import { FormAlert, FormField, SubmitButton } from "@/components/forms/form-field";

type Props = {
  certificationId: string;
  expectedUpdatedAt: string;
  issuingBody: string;
  current: { issuerName: string; number: string; issuedOn: string; expiresOn: string };
};

/** Corrections to the number, dates and issuer; the status stays as it is. */
export function CertificationDetailsForm({ certificationId, expectedUpdatedAt, issuingBody, current }: Props) {
  const t = useTranslations("CertificationForm");
  const tAdmin = useTranslations("CertificationAdmin");
  const locale = useLocale();
  const {
    state,
    formAction,
    isPending,
    fieldError: errorOf,
  } = useFormAction<CertificationFormState>(editCertificationDetailsAction, {}, "CertificationForm.errors");
  const value = (field: keyof Props["current"]) => state.values?.[field] ?? current[field];

  return (
    <form action={formAction} noValidate className="space-y-3">
      {state.formError ? <FormAlert message={t(state.formError)} /> : null}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="certificationId" value={certificationId} />
      <input type="hidden" name="expectedUpdatedAt" value={expectedUpdatedAt} />
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField
          id="details-issuer"
          name="issuerName"
          label={t("issuer")}
          hint={`${t("issuerHint")} (${issuingBody})`}
          defaultValue={value("issuerName")}
          error={errorOf("issuerName")}
        />
        <FormField
          id="details-number"
          name="number"
          label={t("number")}
          defaultValue={value("number")}
          error={errorOf("number")}
        />
        <FormField
          id="details-issued-on"
          name="issuedOn"
          type="date"
          label={t("issuedOn")}
          defaultValue={value("issuedOn")}
          error={errorOf("issuedOn")}
        />
        <FormField
          id="details-expires-on"
          name="expiresOn"
          type="date"
          label={t("expiresOn")}
          defaultValue={value("expiresOn")}
          error={errorOf("expiresOn")}
        />
      </div>
      <SubmitButton label={tAdmin("editSubmit")} isPending={isPending} />
    </form>
  );
}
