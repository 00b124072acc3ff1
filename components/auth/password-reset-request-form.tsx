"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { requestPasswordResetAction, type PasswordResetRequestState } from "@/lib/accounts/actions";
import { FormField, SubmitButton } from "@/components/forms/form-field";

export function PasswordResetRequestForm() {
  const t = useTranslations("PasswordReset");
  const locale = useLocale();
  const [state, formAction, isPending] = useActionState<PasswordResetRequestState, FormData>(
    requestPasswordResetAction,
    {},
  );
  if (state.isSent) {
    return (
      <p role="status" className="max-w-xl rounded border border-brand-700 bg-brand-50 p-4">
        {t("sent", { email: state.email ?? "" })}
      </p>
    );
  }
  const errorKey = state.fieldErrors?.email?.[0];
  return (
    <form action={formAction} noValidate className="max-w-md space-y-4">
      <input type="hidden" name="locale" value={locale} />
      {state.formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t(`errors.${state.formError}`, { minutes: state.retryAfterMinutes ?? 60 })}
        </p>
      ) : null}
      <FormField
        id="reset-email"
        name="email"
        type="email"
        autoComplete="email"
        label={t("email")}
        defaultValue={state.email}
        error={errorKey ? t(`errors.${errorKey}`) : undefined}
      />
      <SubmitButton label={t("requestSubmit")} isPending={isPending} />
    </form>
  );
}
