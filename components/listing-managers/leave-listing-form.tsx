"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { leaveListingAction, type LeaveListingState } from "@/lib/listing-managers/actions";

export function LeaveListingForm({ listingId, listingName }: { listingId: string; listingName: string }) {
  const t = useTranslations("CoManagers");
  const locale = useLocale();
  const { state, formAction, isPending, message } = useFormAction<LeaveListingState>(
    leaveListingAction,
    {},
    "CoManagers.leaveErrors",
  );
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="listingId" value={listingId} />
      {state.formError ? (
        <p role="alert" className="max-w-xl rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {message(state.formError)}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={isPending}
        aria-label={t("leaveFor", { name: listingName })}
        className="rounded border border-red-700 px-4 py-2 text-red-800 hover:bg-red-50 disabled:opacity-60"
      >
        {t("leave")}
      </button>
    </form>
  );
}
