"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { createPostAction } from "@/lib/collaboration/actions";
import { ONLINE_LOCATION, type CollaborationPostFormState } from "@/lib/collaboration/schemas";
import { kecamatanValues } from "@/lib/geo/kecamatan";
import { FormField, SelectField, SubmitButton, TextAreaField } from "@/components/forms/form-field";

type Option = { id: string; name: string };

function SubsectorChoices({
  id,
  name,
  legend,
  hint,
  error,
  options,
  selected,
}: {
  id: string;
  name: string;
  legend: string;
  hint: string;
  error?: string;
  options: Option[];
  selected: string[];
}) {
  return (
    <fieldset aria-describedby={error ? `${id}-error` : `${id}-hint`} aria-invalid={error ? true : undefined}>
      <legend className="font-medium">{legend}</legend>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {hint}
      </p>
      <div className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
        {options.map((option) => (
          <div key={option.id} className="flex items-start gap-2">
            <input
              id={`${id}-${option.id}`}
              name={name}
              type="checkbox"
              value={option.id}
              defaultChecked={selected.includes(option.id)}
              className="mt-1 h-4 w-4"
            />
            <label htmlFor={`${id}-${option.id}`}>{option.name}</label>
          </div>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The new post form; the action checks everything again and redirects to the published post. */
export function PostForm({ listings, subsectors }: { listings: Option[]; subsectors: Option[] }) {
  const t = useTranslations("CollaborationForm");
  const tKecamatan = useTranslations("Kecamatan");
  const locale = useLocale();
  const {
    state,
    formAction,
    isPending,
    fieldError: errorOf,
  } = useFormAction<CollaborationPostFormState>(createPostAction, {}, "CollaborationForm.errors");
  const values = state.values;
  const kindError = errorOf("kind");
  // Remounted with what was sent: React resets a form after its action, and a select would fall back to the
  // option it was first rendered with.

  return (
    <form key={JSON.stringify(values ?? {})} action={formAction} noValidate className="max-w-3xl space-y-5">
      <input type="hidden" name="locale" value={locale} />
      {state.formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t(`errors.${state.formError}`, { minutes: state.retryAfterMinutes ?? 60 })}
        </p>
      ) : null}
      <SelectField
        id="post-listing"
        name="listingId"
        label={t("listing")}
        defaultValue={values?.listingId ?? listings[0]?.id}
        error={errorOf("listingId")}
        options={listings.map((listing) => ({ value: listing.id, label: listing.name }))}
      />
      <fieldset aria-describedby={kindError ? "post-kind-error" : undefined}>
        <legend className="font-medium">{t("kind")}</legend>
        {(["NEED", "OFFER"] as const).map((kind) => (
          <div key={kind} className="mt-1 flex items-start gap-2">
            <input
              id={`post-kind-${kind}`}
              name="kind"
              type="radio"
              value={kind}
              defaultChecked={(values?.kind ?? "NEED") === kind}
              className="mt-1 h-4 w-4"
            />
            <label htmlFor={`post-kind-${kind}`}>{t(kind === "NEED" ? "kindNeed" : "kindOffer")}</label>
          </div>
        ))}
        {kindError ? (
          <p id="post-kind-error" className="mt-1 text-sm text-red-800">
            {kindError}
          </p>
        ) : null}
      </fieldset>
      <FormField
        id="post-title"
        name="title"
        label={t("title")}
        hint={t("titleHint")}
        defaultValue={values?.title}
        error={errorOf("title")}
      />
      <TextAreaField
        id="post-description"
        name="description"
        label={t("description")}
        hint={t("descriptionHint")}
        rows={6}
        defaultValue={values?.description}
        error={errorOf("description")}
      />
      <SubsectorChoices
        id="post-wanted"
        name="wantedSubsectorIds"
        legend={t("wanted")}
        hint={t("wantedHint")}
        error={errorOf("wantedSubsectorIds")}
        options={subsectors}
        selected={values?.wantedSubsectorIds ?? []}
      />
      <SubsectorChoices
        id="post-offered"
        name="offeredSubsectorIds"
        legend={t("offered")}
        hint={t("offeredHint")}
        error={errorOf("offeredSubsectorIds")}
        options={subsectors}
        selected={values?.offeredSubsectorIds ?? []}
      />
      <SelectField
        id="post-location"
        name="location"
        label={t("location")}
        defaultValue={values?.location ?? ""}
        error={errorOf("location")}
        options={[
          { value: "", label: t("chooseLocation") },
          ...kecamatanValues.map((kecamatan) => ({ value: kecamatan.toLowerCase(), label: tKecamatan(kecamatan) })),
          { value: ONLINE_LOCATION, label: t("online") },
        ]}
      />
      <FormField
        id="post-deadline"
        name="deadline"
        type="date"
        label={t("deadline")}
        hint={t("deadlineHint")}
        defaultValue={values?.deadline}
        error={errorOf("deadline")}
      />
      <SubmitButton label={t("submit")} isPending={isPending} />
    </form>
  );
}
