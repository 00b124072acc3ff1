"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { signInAction, type SignInState } from "@/lib/auth/actions";
import { FormField, SubmitButton } from "@/components/forms/form-field";

export function SignInForm() {
  const t = useTranslations("Auth");
  const locale = useLocale();
  const [state, formAction, isPending] = useActionState<SignInState, FormData>(signInAction, {});
  const errorOf = (field: "email" | "password") => {
    const key = state.fieldErrors?.[field]?.[0];
    return key ? t(`errors.${key}`) : undefined;
  };

  return (
    <form action={formAction} noValidate className="max-w-md space-y-4">
      <input type="hidden" name="locale" value={locale} />
      {state.formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t(`errors.${state.formError}`)}
        </p>
      ) : null}
      <FormField
        id="sign-in-email"
        name="email"
        type="email"
        autoComplete="username"
        label={t("email")}
        defaultValue={state.email}
        error={errorOf("email")}
      />
      <FormField
        id="sign-in-password"
        name="password"
        type="password"
        autoComplete="current-password"
        label={t("password")}
        error={errorOf("password")}
      />
      <SubmitButton label={t("submit")} isPending={isPending} />
    </form>
  );
}
