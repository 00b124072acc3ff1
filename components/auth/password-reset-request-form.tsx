"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { requestPasswordResetAction, type PasswordResetRequestState } from "@/lib/accounts/actions";

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
  const error = state.fieldErrors?.email?.[0];
  return (
    <form action={formAction} noValidate className="max-w-md space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <div>
        <label htmlFor="reset-email" className="font-medium">
          {t("email")}
        </label>
        <input
          id="reset-email"
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={state.email}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "reset-email-error" : undefined}
          className="mt-1 block w-full rounded border border-slate-400 px-3 py-2"
        />
        {error ? (
          <p id="reset-email-error" className="mt-1 text-sm text-red-800">
            {t(`errors.${error}`)}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {t("requestSubmit")}
      </button>
    </form>
  );
}
