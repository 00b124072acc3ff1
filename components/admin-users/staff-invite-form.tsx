"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { inviteStaffAction, type StaffInviteState } from "@/lib/admin-users/actions";
import { FormField, SubmitButton } from "@/components/forms/form-field";

export function StaffInviteForm() {
  const t = useTranslations("AdminUsers");
  const locale = useLocale();
  const { state, formAction, isPending, fieldError } = useFormAction<StaffInviteState>(
    inviteStaffAction,
    {},
    "AdminUsers.errors",
  );
  return (
    <form action={formAction} noValidate className="max-w-md space-y-4">
      <input type="hidden" name="locale" value={locale} />
      {state.sentTo ? (
        <p role="status" className="rounded border border-brand-700 bg-brand-50 p-3">
          {t("inviteSent", { email: state.sentTo })}
        </p>
      ) : null}
      {state.formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t(`inviteErrors.${state.formError}`)}
        </p>
      ) : null}
      <FormField
        id="staff-invite-email"
        name="email"
        type="email"
        autoComplete="off"
        label={t("inviteEmail")}
        hint={t("inviteHint")}
        defaultValue={state.sentTo ? "" : state.values?.email}
        error={fieldError("email")}
      />
      <SubmitButton label={t("inviteSubmit")} isPending={isPending} />
    </form>
  );
}
