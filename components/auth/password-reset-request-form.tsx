"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { requestPasswordResetAction, type PasswordResetRequestState } from "@/lib/accounts/actions";
import { FormField, SubmitButton } from "@/components/forms/form-field";

export function PasswordResetRequestForm() {
  const t = useTranslations("PasswordReset");
  const locale = useLocale();
  const { state, formAction, isPending, fieldError } = useFormAction<PasswordResetRequestState>(
    requestPasswordResetAction,
    {},
    "PasswordReset.errors",
  );
  if (state.isSent) {
    return (
      <p role="status" className="max-w-xl rounded border border-brand-700 bg-brand-50 p-4">
        {t("sent", { email: state.values?.email ?? "" })}
      </p>
    );
  }
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
        defaultValue={state.values?.email}
        error={fieldError("email")}
      />
      <SubmitButton label={t("requestSubmit")} isPending={isPending} />
    </form>
  );
}
