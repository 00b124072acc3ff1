"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { signInAction, type SignInState } from "@/lib/auth/actions";

const fieldClass = "mt-1 block w-full rounded border border-slate-400 px-3 py-2";

export function SignInForm() {
  const t = useTranslations("Auth");
  const locale = useLocale();
  const [state, formAction, isPending] = useActionState<SignInState, FormData>(signInAction, {});
  const emailError = state.fieldErrors?.email?.[0];
  const passwordError = state.fieldErrors?.password?.[0];

  return (
    <form action={formAction} noValidate className="max-w-md space-y-4">
      <input type="hidden" name="locale" value={locale} />
      {state.formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t(`errors.${state.formError}`)}
        </p>
      ) : null}
      <div>
        <label htmlFor="sign-in-email" className="font-medium">
          {t("email")}
        </label>
        <input
          id="sign-in-email"
          name="email"
          type="email"
          autoComplete="username"
          defaultValue={state.email}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? "sign-in-email-error" : undefined}
          className={fieldClass}
        />
        {emailError ? (
          <p id="sign-in-email-error" className="mt-1 text-sm text-red-800">
            {t(`errors.${emailError}`)}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="sign-in-password" className="font-medium">
          {t("password")}
        </label>
        <input
          id="sign-in-password"
          name="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? "sign-in-password-error" : undefined}
          className={fieldClass}
        />
        {passwordError ? (
          <p id="sign-in-password-error" className="mt-1 text-sm text-red-800">
            {t(`errors.${passwordError}`)}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {t("submit")}
      </button>
    </form>
  );
}
