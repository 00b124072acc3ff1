"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { resetPasswordAction, type PasswordResetState } from "@/lib/accounts/actions";
import { FormField, SubmitButton } from "@/components/forms/form-field";

export function PasswordResetForm({ token }: { token: string }) {
  const t = useTranslations("PasswordReset");
  const locale = useLocale();
  const { state, formAction, isPending, fieldError } = useFormAction<PasswordResetState>(
    resetPasswordAction,
    {},
    "PasswordReset.errors",
  );
  return (
    <form action={formAction} noValidate className="max-w-md space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {state.formError === "invalidToken" || state.fieldErrors?.token ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t("invalidToken")}
        </p>
      ) : null}
      <FormField
        id="reset-password"
        name="password"
        type="password"
        autoComplete="new-password"
        label={t("newPassword")}
        hint={t("passwordHint")}
        error={fieldError("password")}
      />
      <SubmitButton label={t("resetSubmit")} isPending={isPending} />
    </form>
  );
}
