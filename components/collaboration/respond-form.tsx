"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { respondAction } from "@/lib/collaboration/actions";
import type { RespondFormState } from "@/lib/collaboration/schemas";
import { SelectField, SubmitButton, TextAreaField } from "@/components/forms/form-field";

/** Answer a post on behalf of one of the user's listings; the action redirects back with the outcome. */
export function RespondForm({ postId, listings }: { postId: string; listings: { id: string; name: string }[] }) {
  const t = useTranslations("CollaborationForm");
  const locale = useLocale();
  const {
    state,
    formAction,
    isPending,
    fieldError: errorOf,
  } = useFormAction<RespondFormState>(respondAction, {}, "CollaborationForm.errors");
  return (
    <form key={JSON.stringify(state.values ?? {})} action={formAction} noValidate className="max-w-xl space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="postId" value={postId} />
      {state.formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t(`errors.${state.formError}`, { minutes: state.retryAfterMinutes ?? 60 })}
        </p>
      ) : null}
      <SelectField
        id="respond-listing"
        name="listingId"
        label={t("respondListing")}
        defaultValue={state.values?.listingId ?? listings[0]?.id}
        error={errorOf("listingId")}
        options={listings.map((listing) => ({ value: listing.id, label: listing.name }))}
      />
      <TextAreaField
        id="respond-message"
        name="message"
        label={t("respondMessage")}
        hint={t("respondMessageHint")}
        rows={5}
        defaultValue={state.values?.message}
        error={errorOf("message")}
      />
      <SubmitButton label={t("respondSubmit")} isPending={isPending} />
    </form>
  );
}
