"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { resetPasswordAction, type PasswordResetState } from "@/lib/accounts/actions";

export function PasswordResetForm({ token }: { token: string }) {
  const t = useTranslations("PasswordReset");
  const locale = useLocale();
  const [state, formAction, isPending] = useActionState<PasswordResetState, FormData>(resetPasswordAction, {});
  const error = state.fieldErrors?.password?.[0];
  return (
    <form action={formAction} noValidate className="max-w-md space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {state.isInvalidToken || state.fieldErrors?.token ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t("invalidToken")}
        </p>
      ) : null}
      <div>
        <label htmlFor="reset-password" className="font-medium">
          {t("newPassword")}
        </label>
        <input
          id="reset-password"
          name="password"
          type="password"
          autoComplete="new-password"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "reset-password-error" : "reset-password-hint"}
          className="mt-1 block w-full rounded border border-slate-400 px-3 py-2"
        />
        <p id="reset-password-hint" className="mt-1 text-sm text-slate-600">
          {t("passwordHint")}
        </p>
        {error ? (
          <p id="reset-password-error" className="mt-1 text-sm text-red-800">
            {t(`errors.${error}`)}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {t("resetSubmit")}
      </button>
    </form>
  );
}
