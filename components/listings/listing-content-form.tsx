"use client";

import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { FormField, SelectField, SubmitButton, TextAreaField } from "@/components/forms/form-field";
import { CoverField } from "@/components/listings/cover-field";
import { LocationFields } from "@/components/listings/location-fields";
import type { PickerMap } from "@/lib/geo/picker-view";
import { Link } from "@/lib/i18n/navigation";
import { getListingPath } from "@/lib/listings/kinds";
import { listingFactFields, type ListingFormState } from "@/lib/listings/listing-content";
import type { ListingFormActionState } from "@/lib/listings/form-state";
import { socialNetworks } from "@/lib/listings/schemas";
import type { ListingKind } from "@/lib/generated/prisma/enums";
import { routes, apiRoutes } from "@/lib/site/routes";

type Props<S extends ListingFormActionState> = {
  kind: ListingKind;
  subsectors: { id: string; name: string }[];
  initial: ListingFormState;
  action: (state: S, formData: FormData) => Promise<S>;
  hiddenFields: Record<string, string>;
  submitLabel: string;
  hasLogoField?: boolean;
  /** When given, the form offers photo uploads and removing these current photos. */
  existingPhotos?: { id: string; fileId: string }[];
  /** Replaces the logo field's hint (already translated). */
  logoHint?: string;
  /** When given, the form offers a cover upload and taking the current cover (if any) down. */
  currentCover?: { fileId: string | null; isSample: boolean };
  /** Replaces the cover field's hint (already translated). */
  coverHint?: string;
  /** Shown at the top of the form for the latest answer (e.g. staff's conflict notice). */
  renderNotice?: (state: S) => ReactNode;
  /** More controls before the submit button (e.g. staff-only fields), given the latest answer. */
  renderExtra?: (state: S) => ReactNode;
  /** The point picker's drawing (lib/geo/picker-map.ts); without it the coordinates are typed only. */
  pickerMap?: PickerMap;
};

/** The listing form of one kind, shared by "add a listing", "edit my listing" and staff's listing editor. */
export function ListingContentForm<S extends ListingFormActionState>({
  kind,
  subsectors,
  initial,
  action,
  hiddenFields,
  submitLabel,
  hasLogoField,
  existingPhotos,
  logoHint,
  currentCover,
  coverHint,
  renderNotice,
  renderExtra,
  pickerMap,
}: Props<S>) {
  const t = useTranslations("ListingForm");
  const tProfile = useTranslations("Profile");
  const locale = useLocale();
  const { state, formAction, isPending, fieldError, message } = useFormAction<S>(
    action,
    { values: initial } as S,
    "ListingForm.errors",
  );
  const form = state.values ?? initial;
  const value = (key: string) => form.values[key] ?? "";
  // A refusal of the whole form is listed first in the error summary, without a control to link to.
  const errorOf = (key: string) =>
    key === "form" ? message(state.formError) : fieldError(key as Parameters<typeof fieldError>[0]);
  const errorKeys = [...(state.formError ? ["form"] : []), ...Object.keys(state.fieldErrors ?? {})];
  const hasErrors = errorKeys.length > 0;
  /** The control an error belongs to ("facts.capacity" → #facts-capacity), to link the summary to it. */
  const fieldIdOf = (key: string) => key.replace(".", "-");
  const fieldLabelOf = (key: string) => {
    if (key.startsWith("facts.")) return tProfile(key.slice("facts.".length));
    if (key.startsWith("social.")) return tProfile(`socialNetwork.${key.slice("social.".length)}`);
    return t.has(key) ? t(key) : key;
  };
  const sections = ["identity", "subsectors", "location", "contacts", "social", "facts"] as const;
  const pending = state.pendingMedia;
  // The form's key changes with each answer so uncontrolled inputs show the values that came back.
  const formKey = JSON.stringify(form.values).length + (state.possibleDuplicates?.length ?? 0);

  return (
    <form key={formKey} action={formAction} noValidate className="max-w-3xl space-y-8">
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(hiddenFields).map(([name, fieldValue]) => (
        <input key={name} type="hidden" name={name} value={fieldValue} />
      ))}
      {hasErrors ? (
        <div role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          <p className="font-semibold">{t("errorSummary")}</p>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {errorKeys.map((key) =>
              key === "form" ? (
                <li key={key}>{errorOf(key)}</li>
              ) : (
                <li key={key}>
                  <a href={`#${fieldIdOf(key)}`} className="underline">
                    {fieldLabelOf(key)}: {errorOf(key)}
                  </a>
                </li>
              ),
            )}
          </ul>
        </div>
      ) : null}
      <nav aria-label={t("sectionsNav")} className="rounded border border-slate-200 bg-slate-50 p-3 text-sm">
        <p className="font-medium">{t("sectionsNav")}</p>
        <ol className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {sections.map((section) => (
            <li key={section}>
              <a href={`#bagian-${section}`} className="text-brand-800 underline">
                {t(section)}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {renderNotice?.(state)}
      {state.possibleDuplicates && state.possibleDuplicates.length > 0 ? (
        <section aria-labelledby="duplikat" className="space-y-2 rounded border border-amber-600 bg-amber-50 p-4">
          <h2 id="duplikat" className="font-semibold">
            {t("duplicatesTitle")}
          </h2>
          <p>{t("duplicatesIntro")}</p>
          <ul className="list-disc pl-6">
            {state.possibleDuplicates.map((listing) => (
              <li key={listing.id}>
                {listing.status === "PUBLISHED" ? (
                  <>
                    <Link href={getListingPath(listing)} className="text-brand-800 underline">
                      {listing.nameIndonesian}
                    </Link>{" "}
                    ·{" "}
                    <Link href={routes.account.claim(listing.id)} className="text-brand-800 underline">
                      {t("duplicateClaim")}
                    </Link>
                  </>
                ) : (
                  listing.nameIndonesian
                )}
              </li>
            ))}
          </ul>
          <label className="flex items-center gap-2 font-medium">
            <input type="checkbox" name="confirmNotDuplicate" value="1" />
            {t("confirmNotDuplicate")}
          </label>
        </section>
      ) : null}

      <fieldset id="bagian-identity" className="scroll-mt-4 space-y-4">
        <legend className="text-lg font-semibold">{t("identity")}</legend>
        <FormField
          id="nameIndonesian"
          name="nameIndonesian"
          label={t("nameIndonesian")}
          defaultValue={value("nameIndonesian")}
          error={errorOf("nameIndonesian")}
        />
        <FormField
          id="nameEn"
          name="nameEn"
          label={t("nameEn")}
          defaultValue={value("nameEn")}
          error={errorOf("nameEn")}
        />
        <TextAreaField
          id="summaryIndonesian"
          name="summaryIndonesian"
          rows={2}
          label={t("summaryIndonesian")}
          hint={t("summaryHint")}
          defaultValue={value("summaryIndonesian")}
          error={errorOf("summaryIndonesian")}
        />
        <TextAreaField
          id="summaryEn"
          name="summaryEn"
          rows={2}
          label={t("summaryEn")}
          defaultValue={value("summaryEn")}
          error={errorOf("summaryEn")}
        />
        <TextAreaField
          id="descriptionIndonesian"
          name="descriptionIndonesian"
          rows={6}
          label={t("descriptionIndonesian")}
          defaultValue={value("descriptionIndonesian")}
          error={errorOf("descriptionIndonesian")}
        />
        <TextAreaField
          id="descriptionEn"
          name="descriptionEn"
          rows={6}
          label={t("descriptionEn")}
          defaultValue={value("descriptionEn")}
          error={errorOf("descriptionEn")}
        />
      </fieldset>

      <fieldset id="bagian-subsectors" className="scroll-mt-4 space-y-4">
        <legend className="text-lg font-semibold">{t("subsectors")}</legend>
        <SelectField
          id="primarySubsectorId"
          name="primarySubsectorId"
          label={t("primarySubsectorId")}
          defaultValue={value("primarySubsectorId")}
          error={errorOf("primarySubsectorId")}
          options={[{ value: "", label: t("choose") }, ...subsectors.map((s) => ({ value: s.id, label: s.name }))]}
        />
        <fieldset
          id="otherSubsectorIds"
          aria-describedby={errorOf("otherSubsectorIds") ? "otherSubsectorIds-error" : undefined}
        >
          <legend className="font-medium">{t("otherSubsectorIds")}</legend>
          <div className="mt-1 grid gap-1 sm:grid-cols-2">
            {subsectors.map((subsector) => (
              <label key={subsector.id} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name="otherSubsectorIds"
                  value={subsector.id}
                  defaultChecked={form.otherSubsectorIds.includes(subsector.id)}
                />
                {subsector.name}
              </label>
            ))}
          </div>
          {errorOf("otherSubsectorIds") ? (
            <p id="otherSubsectorIds-error" className="mt-1 text-sm text-red-800">
              {errorOf("otherSubsectorIds")}
            </p>
          ) : null}
        </fieldset>
      </fieldset>

      <fieldset id="bagian-location" className="scroll-mt-4 space-y-4">
        <legend className="text-lg font-semibold">{t("location")}</legend>
        <LocationFields
          values={{
            kecamatan: value("kecamatan"),
            address: value("address"),
            latitude: value("latitude"),
            longitude: value("longitude"),
          }}
          errorOf={errorOf}
          pickerMap={pickerMap}
        />
      </fieldset>

      <fieldset id="bagian-contacts" className="scroll-mt-4 space-y-4">
        <legend className="text-lg font-semibold">{t("contacts")}</legend>
        <FormField
          id="websiteUrl"
          name="websiteUrl"
          type="url"
          label={t("websiteUrl")}
          defaultValue={value("websiteUrl")}
          error={errorOf("websiteUrl")}
        />
        <FormField
          id="email"
          name="email"
          type="email"
          label={t("email")}
          defaultValue={value("email")}
          error={errorOf("email")}
        />
        <FormField
          id="phone"
          name="phone"
          type="tel"
          label={t("phone")}
          defaultValue={value("phone")}
          error={errorOf("phone")}
        />
        <FormField
          id="whatsappNumber"
          name="whatsappNumber"
          type="tel"
          label={t("whatsappNumber")}
          hint={t("whatsappHint")}
          defaultValue={value("whatsappNumber")}
          error={errorOf("whatsappNumber")}
        />
      </fieldset>

      <fieldset id="bagian-social" className="scroll-mt-4 space-y-4">
        <legend className="text-lg font-semibold">{t("social")}</legend>
        {socialNetworks.map((network) => (
          <FormField
            key={network}
            id={`social-${network}`}
            name={`social.${network}`}
            type="url"
            label={tProfile(`socialNetwork.${network}`)}
            defaultValue={value(`social.${network}`)}
            error={errorOf(`social.${network}`)}
          />
        ))}
      </fieldset>

      <fieldset id="bagian-facts" className="scroll-mt-4 space-y-4">
        <legend className="text-lg font-semibold">{t("facts")}</legend>
        {listingFactFields[kind].map((fact) =>
          fact.type === "list" ? (
            <TextAreaField
              key={fact.key}
              id={`facts-${fact.key}`}
              name={`facts.${fact.key}`}
              label={tProfile(fact.key)}
              hint={t("listHint")}
              defaultValue={value(`facts.${fact.key}`)}
              error={errorOf(`facts.${fact.key}`)}
            />
          ) : (
            <FormField
              key={fact.key}
              id={`facts-${fact.key}`}
              name={`facts.${fact.key}`}
              type={fact.type === "count" ? "number" : fact.type === "date" ? "date" : "text"}
              label={tProfile(fact.key)}
              defaultValue={value(`facts.${fact.key}`)}
              error={errorOf(`facts.${fact.key}`)}
            />
          ),
        )}
        <FormField
          id="foundedYear"
          name="foundedYear"
          type="number"
          label={t("foundedYear")}
          defaultValue={value("foundedYear")}
          error={errorOf("foundedYear")}
        />
        <FormField
          id="tags"
          name="tags"
          label={t("tags")}
          hint={t("tagsHint")}
          defaultValue={value("tags")}
          error={errorOf("tags")}
        />
        {pending && (pending.logoFileId || pending.coverFileId || pending.photoFileIds.length > 0) ? (
          <section
            aria-labelledby="lampiran-tersimpan"
            className="space-y-2 rounded border border-brand-700 bg-brand-50 p-3"
          >
            <h3 id="lampiran-tersimpan" className="font-semibold">
              {t("pendingMediaTitle")}
            </h3>
            <p className="text-sm">{t("pendingMediaIntro")}</p>
            <ul className="flex flex-wrap gap-3">
              {[
                ...(pending.logoFileId ? [{ fileId: pending.logoFileId, label: t("pendingLogo") }] : []),
                ...(pending.coverFileId ? [{ fileId: pending.coverFileId, label: t("pendingCover") }] : []),
                ...pending.photoFileIds.map((fileId, index) => ({
                  fileId,
                  label: t("pendingPhoto", { number: index + 1 }),
                })),
              ].map((item) => (
                <li key={item.fileId} className="space-y-1 text-sm">
                  {/* eslint-disable-next-line @next/next/no-img-element -- the uploader's own private file */}
                  <img
                    src={apiRoutes.file(item.fileId)}
                    alt={item.label}
                    width={96}
                    height={96}
                    className="h-24 w-24 rounded border object-cover"
                  />
                </li>
              ))}
            </ul>
            {pending.logoFileId ? <input type="hidden" name="pendingLogoFileId" value={pending.logoFileId} /> : null}
            {pending.coverFileId ? <input type="hidden" name="pendingCoverFileId" value={pending.coverFileId} /> : null}
            {pending.photoFileIds.map((fileId) => (
              <input key={fileId} type="hidden" name="pendingPhotoFileIds" value={fileId} />
            ))}
          </section>
        ) : null}
        {hasLogoField ? (
          <FormField
            id="logo"
            name="logo"
            type="file"
            label={t("logo")}
            hint={logoHint ?? t("logoHint")}
            error={errorOf("logo")}
          />
        ) : null}
        {currentCover ? <CoverField current={currentCover} hint={coverHint} error={errorOf("cover")} /> : null}
        {existingPhotos ? (
          <>
            {existingPhotos.length > 0 ? (
              <fieldset>
                <legend className="font-medium">{t("existingPhotos")}</legend>
                <ul className="mt-1 flex flex-wrap gap-3">
                  {existingPhotos.map((photo, index) => (
                    <li key={photo.id} className="space-y-1">
                      {/* eslint-disable-next-line @next/next/no-img-element -- served by /api/files to managers */}
                      <img
                        src={apiRoutes.file(photo.fileId)}
                        alt=""
                        width={120}
                        className="h-auto w-28 rounded border"
                      />
                      <label className="flex items-center gap-1 text-sm">
                        <input type="checkbox" name="removePhotoIds" value={photo.id} />
                        {t("removePhoto", { number: index + 1 })}
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            ) : null}
            <div>
              <label htmlFor="photos" className="font-medium">
                {t("photos")}
              </label>
              <input
                id="photos"
                name="photos"
                type="file"
                multiple
                accept="image/png,image/jpeg,image/webp"
                aria-describedby={errorOf("photos") ? "photos-error" : "photos-hint"}
                aria-invalid={errorOf("photos") ? true : undefined}
                className="mt-1 block w-full"
              />
              <p id="photos-hint" className="mt-1 text-sm text-slate-600">
                {t("photosHint")}
              </p>
              {errorOf("photos") ? (
                <p id="photos-error" className="mt-1 text-sm text-red-800">
                  {errorOf("photos")}
                </p>
              ) : null}
            </div>
          </>
        ) : null}
      </fieldset>

      {renderExtra?.(state)}

      <SubmitButton label={submitLabel} isPending={isPending} />
    </form>
  );
}
