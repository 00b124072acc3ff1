"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { resetPasswordAction, type PasswordResetState } from "@/lib/accounts/actions";
import { FormField, SubmitButton } from "@/components/forms/form-field";

export function PasswordResetForm({ token }: { token: string }) {
  const t = useTranslations("PasswordReset");
  const locale = useLocale();
  const [state, formAction, isPending] = useActionState<PasswordResetState, FormData>(resetPasswordAction, {});
  const errorKey = state.fieldErrors?.password?.[0];
  return (
    <form action={formAction} noValidate className="max-w-md space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {state.isInvalidToken || state.fieldErrors?.token ? (
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
        error={errorKey ? t(`errors.${errorKey}`) : undefined}
      />
      <SubmitButton label={t("resetSubmit")} isPending={isPending} />
    </form>
  );
}
