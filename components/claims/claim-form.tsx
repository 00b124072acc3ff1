"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { submitClaimAction, type ClaimFormState } from "@/lib/claims/actions";
import { FormField, SubmitButton, TextAreaField } from "@/components/forms/form-field";

export function ClaimForm({ listingId }: { listingId: string }) {
  const t = useTranslations("OwnerListing");
  const locale = useLocale();
  const {
    state,
    formAction,
    isPending,
    fieldError: errorOf,
  } = useFormAction<ClaimFormState>(submitClaimAction, {}, "OwnerListing.errors");
  if (state.isSent) {
    return (
      <p role="status" className="max-w-xl rounded border border-brand-700 bg-brand-50 p-4">
        {t("claimSent")}
      </p>
    );
  }
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="listingId" value={listingId} />
      {state.formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t(`claimErrors.${state.formError}`)}
        </p>
      ) : null}
      <TextAreaField
        id="claim-relation"
        name="relation"
        label={t("relation")}
        hint={t("relationHint")}
        defaultValue={state.values?.relation}
        error={errorOf("relation")}
      />
      <FormField
        id="claim-proof-url"
        name="proofUrl"
        type="url"
        label={t("proofUrl")}
        hint={t("proofUrlHint")}
        defaultValue={state.values?.proofUrl}
        error={errorOf("proofUrl")}
      />
      <FormField
        id="claim-proof-file"
        name="proofFile"
        type="file"
        label={t("proofFile")}
        hint={t("proofFileHint")}
        error={errorOf("proofFile")}
      />
      <SubmitButton label={t("submitClaim")} isPending={isPending} />
    </form>
  );
}
