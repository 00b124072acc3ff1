"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { signUpAction, type SignUpState } from "@/lib/accounts/actions";

const fieldClass = "mt-1 block w-full rounded border border-slate-400 px-3 py-2";

export function SignUpForm() {
  const t = useTranslations("SignUp");
  const locale = useLocale();
  const [state, formAction, isPending] = useActionState<SignUpState, FormData>(signUpAction, {});

  if (state.isSent) {
    return (
      <p role="status" className="max-w-xl rounded border border-brand-700 bg-brand-50 p-4">
        {t("sent", { email: state.values?.email ?? "" })}
      </p>
    );
  }

  const field = (name: "name" | "email" | "password", type: string, autoComplete: string) => {
    const error = state.fieldErrors?.[name]?.[0];
    const id = `sign-up-${name}`;
    return (
      <div>
        <label htmlFor={id} className="font-medium">
          {t(name)}
        </label>
        <input
          id={id}
          name={name}
          type={type}
          autoComplete={autoComplete}
          defaultValue={name === "password" ? undefined : state.values?.[name]}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : name === "password" ? `${id}-hint` : undefined}
          className={fieldClass}
        />
        {name === "password" ? (
          <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
            {t("passwordHint")}
          </p>
        ) : null}
        {error ? (
          <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
            {t(`errors.${error}`)}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <form action={formAction} noValidate className="max-w-md space-y-4">
      <input type="hidden" name="locale" value={locale} />
      {field("name", "text", "name")}
      {field("email", "email", "email")}
      {field("password", "password", "new-password")}
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
