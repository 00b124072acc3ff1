"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { addManagerAction, type AddManagerState } from "@/lib/admin-users/actions";
import { FormField, SubmitButton } from "@/components/forms/form-field";

export function AddManagerForm({ listingId }: { listingId: string }) {
  const t = useTranslations("AdminTransfer");
  const locale = useLocale();
  const { state, formAction, isPending, fieldError } = useFormAction<AddManagerState>(
    addManagerAction,
    {},
    "AdminTransfer.errors",
  );
  return (
    <form action={formAction} noValidate className="max-w-md space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="listingId" value={listingId} />
      {state.formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t(`addErrors.${state.formError}`)}
        </p>
      ) : null}
      <FormField
        id="add-manager-email"
        name="email"
        type="email"
        autoComplete="off"
        label={t("addEmail")}
        hint={t("addHint")}
        defaultValue={state.values?.email}
        error={fieldError("email")}
      />
      <SubmitButton label={t("addSubmit")} isPending={isPending} />
    </form>
  );
}
