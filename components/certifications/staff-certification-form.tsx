"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { createCertificationAsStaffAction, type CertificationFormState } from "@/lib/certifications/actions";
import { NOTE_MAX_LENGTH } from "@/lib/certifications/schemas";
import { pickLocalized } from "@/lib/i18n/localized";
import { FormAlert, FormField, SelectField, SubmitButton, TextAreaField } from "@/components/forms/form-field";

type TypeOption = { id: string; nameIndonesian: string; nameEn: string; issuingBody: string };

/** Staff record an already-issued certificate for one listing, directly as certified. */
export function StaffCertificationForm({ listingId, types }: { listingId: string; types: TypeOption[] }) {
  const t = useTranslations("CertificationForm");
  const tAdmin = useTranslations("CertificationAdmin");
  const locale = useLocale();
  const {
    state,
    formAction,
    isPending,
    fieldError: errorOf,
  } = useFormAction<CertificationFormState>(createCertificationAsStaffAction, {}, "CertificationForm.errors");

  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-4">
      {state.formError === "refused" || errorOf("listingId") ? <FormAlert message={t("refused")} /> : null}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="listingId" value={listingId} />
      {/* Keyed by the value sent back: React's reset after an action restores a select's first default only. */}
      <SelectField
        key={`type-${state.values?.typeId ?? ""}`}
        id="new-type"
        name="typeId"
        label={t("type")}
        defaultValue={state.values?.typeId ?? ""}
        error={errorOf("typeId")}
        options={[
          { value: "", label: t("chooseType") },
          ...types.map((type) => ({
            value: type.id,
            label: t("typeOption", {
              name: pickLocalized(locale, type.nameIndonesian, type.nameEn),
              issuer: type.issuingBody,
            }),
          })),
        ]}
      />
      <FormField
        id="new-issuer"
        name="issuerName"
        label={t("issuer")}
        hint={t("issuerHint")}
        defaultValue={state.values?.issuerName}
        error={errorOf("issuerName")}
      />
      <FormField
        id="new-number"
        name="number"
        label={t("number")}
        defaultValue={state.values?.number}
        error={errorOf("number")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          id="new-issued-on"
          name="issuedOn"
          type="date"
          label={t("issuedOn")}
          defaultValue={state.values?.issuedOn}
          error={errorOf("issuedOn")}
        />
        <FormField
          id="new-expires-on"
          name="expiresOn"
          type="date"
          label={t("expiresOn")}
          hint={t("expiresOnHint")}
          defaultValue={state.values?.expiresOn}
          error={errorOf("expiresOn")}
        />
      </div>
      <TextAreaField
        id="new-note"
        name="note"
        label={t("noteOptional")}
        rows={3}
        maxLength={NOTE_MAX_LENGTH}
        defaultValue={state.values?.note}
        error={errorOf("note")}
      />
      <SubmitButton label={tAdmin("createSubmit")} isPending={isPending} />
    </form>
  );
}
