"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { applyForCertificationAction, type CertificationFormState } from "@/lib/certifications/actions";
import { pickLocalized } from "@/lib/i18n/localized";
import { FormAlert, FormField, SelectField, SubmitButton } from "@/components/forms/form-field";

type Props = {
  listings: { id: string; nameIndonesian: string; nameEn: string | null }[];
  types: { id: string; nameIndonesian: string; nameEn: string; issuingBody: string }[];
  defaultListingId?: string;
  maxUploadMegabytes: number;
};

/** An owner applies for (records) a certification of one of their listings, with optional evidence. */
export function CertificationApplicationForm({ listings, types, defaultListingId, maxUploadMegabytes }: Props) {
  const t = useTranslations("CertificationForm");
  const tAccount = useTranslations("CertificationAccount");
  const tUploads = useTranslations("Uploads");
  const locale = useLocale();
  const {
    state,
    formAction,
    isPending,
    fieldError: errorOf,
  } = useFormAction<CertificationFormState>(applyForCertificationAction, {}, "CertificationForm.errors");
  const evidenceError = state.uploadError
    ? tUploads(`errors.${state.uploadError}`, { maxMegabytes: maxUploadMegabytes })
    : errorOf("evidenceFileId");

  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-4">
      {state.formError === "refused" ? <FormAlert message={t("refusedListing")} /> : null}
      <input type="hidden" name="locale" value={locale} />
      {/* Keyed by the value sent back: React's reset after an action restores a select's first default only. */}
      <SelectField
        key={`listing-${state.values?.listingId ?? ""}`}
        id="apply-listing"
        name="listingId"
        label={t("listing")}
        defaultValue={state.values?.listingId ?? defaultListingId ?? (listings.length === 1 ? listings[0]?.id : "")}
        error={errorOf("listingId")}
        options={[
          { value: "", label: t("chooseListing") },
          ...listings.map((listing) => ({
            value: listing.id,
            label: pickLocalized(locale, listing.nameIndonesian, listing.nameEn),
          })),
        ]}
      />
      <SelectField
        key={`type-${state.values?.typeId ?? ""}`}
        id="apply-type"
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
        id="apply-issuer"
        name="issuerName"
        label={t("issuer")}
        hint={t("issuerHint")}
        defaultValue={state.values?.issuerName}
        error={errorOf("issuerName")}
      />
      <FormField
        id="apply-number"
        name="number"
        label={t("number")}
        hint={t("numberOptionalHint")}
        defaultValue={state.values?.number}
        error={errorOf("number")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          id="apply-issued-on"
          name="issuedOn"
          type="date"
          label={t("issuedOn")}
          defaultValue={state.values?.issuedOn}
          error={errorOf("issuedOn")}
        />
        <FormField
          id="apply-expires-on"
          name="expiresOn"
          type="date"
          label={t("expiresOn")}
          defaultValue={state.values?.expiresOn}
          error={errorOf("expiresOn")}
        />
      </div>
      <div>
        <label htmlFor="apply-evidence" className="font-medium">
          {t("evidence")}
        </label>
        <input
          id="apply-evidence"
          name="evidence"
          type="file"
          accept="application/pdf,image/png,image/jpeg,image/webp"
          aria-invalid={evidenceError ? true : undefined}
          aria-describedby={evidenceError ? "apply-evidence-error" : "apply-evidence-hint"}
          className="mt-1 block w-full"
        />
        <p id="apply-evidence-hint" className="mt-1 text-sm text-slate-600">
          {tUploads("evidenceHint", { maxMegabytes: maxUploadMegabytes })}
        </p>
        {evidenceError ? (
          <p id="apply-evidence-error" className="mt-1 text-sm text-red-800">
            {evidenceError}
          </p>
        ) : null}
      </div>
      <SubmitButton label={tAccount("submit")} isPending={isPending} />
    </form>
  );
}
