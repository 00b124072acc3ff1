"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { acceptInvitationAction, type AcceptInvitationState } from "@/lib/listing-managers/actions";
import { SubmitButton } from "@/components/forms/form-field";

export function AcceptInvitationForm({ token }: { token: string }) {
  const t = useTranslations("ManagerInvitation");
  const locale = useLocale();
  const { state, formAction, isPending, message } = useFormAction<AcceptInvitationState>(
    acceptInvitationAction,
    {},
    "ManagerInvitation.errors",
  );
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {state.formError ? (
        <p role="alert" className="max-w-xl rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {message(state.formError)}
        </p>
      ) : null}
      <SubmitButton label={t("accept")} isPending={isPending} />
    </form>
  );
}
