"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { acceptStaffInviteAction, type AcceptStaffInviteState } from "@/lib/admin-users/actions";
import { FormField, SubmitButton } from "@/components/forms/form-field";

/** A new account sets its name and password; an existing account only confirms. */
export function AcceptStaffInviteForm({ token, hasAccount }: { token: string; hasAccount: boolean }) {
  const t = useTranslations("StaffInvite");
  const locale = useLocale();
  const {
    state,
    formAction,
    isPending,
    fieldError: errorOf,
  } = useFormAction<AcceptStaffInviteState>(acceptStaffInviteAction, {}, "StaffInvite.errors");
  return (
    <form action={formAction} noValidate className="max-w-md space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {state.formError === "invalidToken" || state.fieldErrors?.token ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t("invalid")}
        </p>
      ) : null}
      {hasAccount ? null : (
        <>
          <FormField
            id="staff-invite-name"
            name="name"
            autoComplete="name"
            label={t("name")}
            defaultValue={state.values?.name}
            error={errorOf("name")}
          />
          <FormField
            id="staff-invite-password"
            name="password"
            type="password"
            autoComplete="new-password"
            label={t("password")}
            hint={t("passwordHint")}
            error={errorOf("password")}
          />
        </>
      )}
      <SubmitButton label={t(hasAccount ? "acceptExisting" : "acceptNew")} isPending={isPending} />
    </form>
  );
}
