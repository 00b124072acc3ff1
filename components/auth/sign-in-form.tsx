"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { localizePath } from "@/lib/i18n/locale-list";
import { routes } from "@/lib/site/routes";
import { signInAction, type SignInState } from "@/lib/auth/actions";
import { FormField, SubmitButton } from "@/components/forms/form-field";

/** `returnPath`: the checked page to return to after signing in (lib/auth/return-path.ts), if any. */
export function SignInForm({ returnPath }: { returnPath?: string | null }) {
  const t = useTranslations("Auth");
  const tCode = useTranslations("SecondFactor");
  const locale = useLocale();
  // The password is kept in state so the second step (the 6-digit code) does not make the person type it again;
  // it is cleared after any other answer, like the rest of the form.
  const [password, setPassword] = useState("");
  const {
    state,
    formAction,
    isPending,
    fieldError: errorOf,
  } = useFormAction<SignInState>(
    // The server action itself, not a wrapper: only then can the browser post the form without JavaScript.
    signInAction,
    {},
    "Auth.errors",
    // Without JavaScript the browser posts the form to the sign-in page, which shows the answer or follows the
    // redirect after a successful sign-in.
    localizePath(routes.signIn, locale),
  );
  // Each new answer clears the password, except one asking for the code (adjusted during render, React's pattern
  // for state that follows another value).
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (!state.needsCode) setPassword("");
  }
  // The code's messages live with the second factor's, not with sign-in's.
  const codeError = state.fieldErrors?.code?.[0];
  const formError =
    state.formError === "totpRequired" || state.formError === "totpInvalid"
      ? tCode(`errors.${state.formError}`)
      : state.formError
        ? t(`errors.${state.formError}`)
        : undefined;
  const passwordError = errorOf("password");

  return (
    <form action={formAction} noValidate className="max-w-md space-y-4">
      <input type="hidden" name="locale" value={locale} />
      {returnPath ? <input type="hidden" name="callbackUrl" value={returnPath} /> : null}
      {formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {formError}
        </p>
      ) : null}
      <FormField
        id="sign-in-email"
        name="email"
        type="email"
        autoComplete="username"
        label={t("email")}
        defaultValue={state.values?.email}
        error={errorOf("email")}
      />
      <div>
        <label htmlFor="sign-in-password" className="font-medium">
          {t("password")}
        </label>
        <input
          id="sign-in-password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? "sign-in-password-error" : undefined}
          className="mt-1 block w-full rounded border border-slate-400 px-3 py-2"
        />
        {passwordError ? (
          <p id="sign-in-password-error" className="mt-1 text-sm text-red-800">
            {passwordError}
          </p>
        ) : null}
      </div>
      {state.needsCode ? (
        <FormField
          id="sign-in-code"
          name="code"
          autoComplete="one-time-code"
          label={tCode("codeLabel")}
          hint={tCode("codeHint")}
          error={codeError ? tCode(`errors.${codeError}`) : undefined}
        />
      ) : null}
      <SubmitButton label={t("submit")} isPending={isPending} />
    </form>
  );
}
