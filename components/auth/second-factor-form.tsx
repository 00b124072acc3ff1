"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { disableSecondFactorAction, enableSecondFactorAction, type SecondFactorState } from "@/lib/accounts/actions";
import { FormField, SubmitButton } from "@/components/forms/form-field";

/** Confirms enrolment (`enable`) or switches the second factor off (`disable`) with a current 6-digit code. */
export function SecondFactorForm({ purpose }: { purpose: "enable" | "disable" }) {
  const t = useTranslations("Security");
  const locale = useLocale();
  const { state, formAction, isPending, fieldError, message } = useFormAction<SecondFactorState>(
    purpose === "enable" ? enableSecondFactorAction : disableSecondFactorAction,
    {},
    "SecondFactor.errors",
  );
  const id = `second-factor-${purpose}-code`;

  return (
    <form action={formAction} noValidate className="max-w-md space-y-4">
      <input type="hidden" name="locale" value={locale} />
      {state.formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {message(state.formError)}
        </p>
      ) : null}
      <FormField
        id={id}
        name="code"
        autoComplete="one-time-code"
        label={t("codeLabel")}
        hint={t("codeHint")}
        error={fieldError("code")}
      />
      <SubmitButton label={t(purpose === "enable" ? "confirm" : "disable")} isPending={isPending} />
    </form>
  );
}
