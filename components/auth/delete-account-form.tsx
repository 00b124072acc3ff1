"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { deleteAccountAction, type DeleteAccountState } from "@/lib/accounts/actions";
import { FormField } from "@/components/forms/form-field";

/** "Hapus akun saya": the current password, typed again, confirms the deletion. */
export function DeleteAccountForm() {
  const t = useTranslations("AccountPrivacy");
  const locale = useLocale();
  const { state, formAction, isPending, fieldError, message } = useFormAction<DeleteAccountState>(
    deleteAccountAction,
    {},
    "AccountPrivacy.errors",
  );

  return (
    <form action={formAction} noValidate className="max-w-md space-y-4">
      <input type="hidden" name="locale" value={locale} />
      {state.formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {message(state.formError)}
        </p>
      ) : null}
      <FormField
        id="delete-account-password"
        name="password"
        type="password"
        autoComplete="current-password"
        label={t("password")}
        error={fieldError("password")}
      />
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
      >
        {t("delete")}
      </button>
    </form>
  );
}
