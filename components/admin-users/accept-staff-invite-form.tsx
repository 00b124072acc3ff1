"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { acceptStaffInviteAction, type AcceptStaffInviteState } from "@/lib/admin-users/actions";
import { FormField, SubmitButton } from "@/components/forms/form-field";

/** A new account sets its name and password; an existing account only confirms. */
export function AcceptStaffInviteForm({ token, hasAccount }: { token: string; hasAccount: boolean }) {
  const t = useTranslations("StaffInvite");
  const locale = useLocale();
  const [state, formAction, isPending] = useActionState<AcceptStaffInviteState, FormData>(acceptStaffInviteAction, {});
  const errorOf = (field: "name" | "password") => {
    const key = state.fieldErrors?.[field]?.[0];
    return key ? t(`errors.${key}`) : undefined;
  };
  return (
    <form action={formAction} noValidate className="max-w-md space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {state.isInvalidToken || state.fieldErrors?.token ? (
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
            defaultValue={state.name}
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
