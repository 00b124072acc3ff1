"use client";

import { usePathname } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { signUpAction, type SignUpState } from "@/lib/accounts/actions";
import { FormField, SubmitButton } from "@/components/forms/form-field";
import { Link } from "@/lib/i18n/navigation";
import { routes } from "@/lib/site/routes";

export function SignUpForm() {
  const t = useTranslations("SignUp");
  const tPrivacy = useTranslations("PrivacyNotice");
  const locale = useLocale();
  const {
    state,
    formAction,
    isPending,
    fieldError: errorOf,
  } = useFormAction<SignUpState>(
    signUpAction,
    {},
    "SignUp.errors",
    // Without JavaScript the form posts to this page.
    usePathname(),
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
        id="sign-up-name"
        name="name"
        autoComplete="name"
        label={t("name")}
        defaultValue={state.values?.name}
        error={errorOf("name")}
      />
      <FormField
        id="sign-up-email"
        name="email"
        type="email"
        autoComplete="email"
        label={t("email")}
        defaultValue={state.values?.email}
        error={errorOf("email")}
      />
      <FormField
        id="sign-up-password"
        name="password"
        type="password"
        autoComplete="new-password"
        label={t("password")}
        hint={t("passwordHint")}
        error={errorOf("password")}
      />
      <p className="text-sm text-slate-700">
        {tPrivacy.rich("signUpNotice", {
          link: (chunks) => (
            <Link href={routes.privacy} className="text-brand-700 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <SubmitButton label={t("submit")} isPending={isPending} />
    </form>
  );
}
