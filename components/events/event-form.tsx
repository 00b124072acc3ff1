"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import type { EventFormState } from "@/lib/events/actions";
import { kecamatanValues } from "@/lib/geo/kecamatan";
import {
  DESCRIPTION_MAX_LENGTH,
  eventTypeValues,
  PLACE_MAX_LENGTH,
  TITLE_MAX_LENGTH,
  type EventFormValues,
} from "@/lib/events/schemas";
import { FormField, SelectField, SubmitButton, TextAreaField } from "@/components/forms/form-field";

type Option = { value: string; label: string };

type CommonProps = {
  action: (state: EventFormState, formData: FormData) => Promise<EventFormState>;
  submitLabel: string;
  /** The values the form opens with (an event being edited), as the form controls hold them. */
  defaults?: EventFormValues;
  subsectors: { id: string; name: string }[];
};

type StaffProps = CommonProps & {
  mode: "staff";
  eventId?: string;
  expectedVersion?: number;
  programmes: Option[];
  /** Published listings as slug and label, suggested in the organiser control. */
  organisers: Option[];
};

type ProposalProps = CommonProps & { mode: "proposal"; listings: Option[] };

const controlClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2";

/**
 * The event form: staff create and edit events (organiser, programme); a listing's manager proposes one for a
 * listing they manage. Times are entered in Jakarta time (WIB).
 */
export function EventForm(props: StaffProps | ProposalProps) {
  const t = useTranslations("EventForm");
  const tType = useTranslations("EventType");
  const tKecamatan = useTranslations("Kecamatan");
  const locale = useLocale();
  const {
    state,
    formAction,
    isPending,
    fieldError: errorOf,
  } = useFormAction<EventFormState>(props.action, {}, "EventForm.errors");
  const values: EventFormValues = state.values ?? props.defaults ?? {};
  const chosenSubsectors = new Set(values.subsectorIds ?? []);
  const subsectorError = errorOf("subsectorIds");
  const organiserError = errorOf("organiserListingSlug");
  const hasErrors = Boolean(state.fieldErrors && Object.keys(state.fieldErrors).length > 0);

  return (
    <form action={formAction} noValidate className="max-w-3xl space-y-4">
      {state.formError === "conflict" ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t("conflict")}
        </p>
      ) : null}
      {state.formError === "refused" ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {props.mode === "proposal" ? t("refusedListing") : t("refused")}
        </p>
      ) : null}
      {hasErrors ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t("hasErrors")}
        </p>
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      {props.mode === "staff" && props.eventId ? (
        <>
          <input type="hidden" name="eventId" value={props.eventId} />
          <input type="hidden" name="expectedVersion" value={String(props.expectedVersion ?? "")} />
        </>
      ) : null}

      {/* Keyed by what was sent back: React resets a form after its action, and selects and boxes only follow
          their defaults when they are remounted. */}
      <div key={JSON.stringify(values)} className="space-y-4">
        {props.mode === "proposal" ? (
          <SelectField
            id="event-listing"
            name="listingId"
            label={t("listing")}
            hint={t("listingHint")}
            defaultValue={values.listingId ?? (props.listings.length === 1 ? props.listings[0]?.value : "")}
            error={errorOf("listingId")}
            options={[{ value: "", label: t("chooseListing") }, ...props.listings]}
          />
        ) : null}
        <SelectField
          id="event-type"
          name="type"
          label={t("type")}
          defaultValue={values.type ?? ""}
          error={errorOf("type")}
          options={[
            { value: "", label: t("chooseType") },
            ...eventTypeValues.map((type) => ({ value: type, label: tType(type) })),
          ]}
        />
        <FormField
          id="event-title-id"
          name="titleIndonesian"
          label={t("titleIndonesian")}
          hint={t("maxLength", { max: TITLE_MAX_LENGTH })}
          defaultValue={values.titleIndonesian}
          error={errorOf("titleIndonesian")}
        />
        <FormField
          id="event-title-en"
          name="titleEn"
          label={t("titleEn")}
          defaultValue={values.titleEn}
          error={errorOf("titleEn")}
        />
        <TextAreaField
          id="event-description-id"
          name="descriptionIndonesian"
          label={t("descriptionIndonesian")}
          hint={t("maxLength", { max: DESCRIPTION_MAX_LENGTH })}
          rows={6}
          defaultValue={values.descriptionIndonesian}
          error={errorOf("descriptionIndonesian")}
        />
        <TextAreaField
          id="event-description-en"
          name="descriptionEn"
          label={t("descriptionEn")}
          rows={4}
          defaultValue={values.descriptionEn}
          error={errorOf("descriptionEn")}
        />

        <fieldset
          className="rounded border border-slate-300 p-3"
          aria-describedby={subsectorError ? "event-subsectors-error" : "event-subsectors-hint"}
        >
          <legend className="px-1 font-medium">{t("subsectors")}</legend>
          <p id="event-subsectors-hint" className="text-sm text-slate-600">
            {t("subsectorsHint")}
          </p>
          <div className="mt-2 grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
            {props.subsectors.map((subsector) => (
              <label key={subsector.id} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name="subsectorIds"
                  value={subsector.id}
                  defaultChecked={chosenSubsectors.has(subsector.id)}
                  className="h-4 w-4"
                />
                {subsector.name}
              </label>
            ))}
          </div>
          {subsectorError ? (
            <p id="event-subsectors-error" className="mt-1 text-sm text-red-800">
              {subsectorError}
            </p>
          ) : null}
        </fieldset>

        {props.mode === "staff" ? (
          <fieldset className="space-y-4 rounded border border-slate-300 p-3">
            <legend className="px-1 font-medium">{t("organiserTitle")}</legend>
            <div>
              <label htmlFor="event-organiser-listing" className="font-medium">
                {t("organiserListing")}
              </label>
              <input
                id="event-organiser-listing"
                name="organiserListingSlug"
                list="event-organiser-options"
                autoComplete="off"
                defaultValue={values.organiserListingSlug}
                aria-invalid={organiserError ? true : undefined}
                aria-describedby={organiserError ? "event-organiser-listing-error" : "event-organiser-listing-hint"}
                className={controlClass}
              />
              <datalist id="event-organiser-options">
                {props.organisers.map((organiser) => (
                  <option key={organiser.value} value={organiser.value}>
                    {organiser.label}
                  </option>
                ))}
              </datalist>
              <p id="event-organiser-listing-hint" className="mt-1 text-sm text-slate-600">
                {t("organiserListingHint")}
              </p>
              {organiserError ? (
                <p id="event-organiser-listing-error" className="mt-1 text-sm text-red-800">
                  {organiserError}
                </p>
              ) : null}
            </div>
            <FormField
              id="event-organiser-name"
              name="organiserName"
              label={t("organiserName")}
              hint={t("organiserNameHint")}
              defaultValue={values.organiserName}
              error={errorOf("organiserName")}
            />
            <SelectField
              id="event-programme"
              name="programmeId"
              label={t("programme")}
              defaultValue={values.programmeId ?? ""}
              error={errorOf("programmeId")}
              options={[{ value: "", label: t("noProgramme") }, ...props.programmes]}
            />
          </fieldset>
        ) : null}

        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            id="event-starts-at"
            name="startsAt"
            type="datetime-local"
            label={t("startsAt")}
            hint={t("timeHint")}
            defaultValue={values.startsAt}
            error={errorOf("startsAt")}
          />
          <FormField
            id="event-ends-at"
            name="endsAt"
            type="datetime-local"
            label={t("endsAt")}
            hint={t("timeHint")}
            defaultValue={values.endsAt}
            error={errorOf("endsAt")}
          />
        </div>
        <FormField
          id="event-venue"
          name="venue"
          label={t("venue")}
          hint={t("venueHint", { max: PLACE_MAX_LENGTH })}
          defaultValue={values.venue}
          error={errorOf("venue")}
        />
        <SelectField
          id="event-kecamatan"
          name="kecamatan"
          label={t("kecamatan")}
          defaultValue={values.kecamatan ?? ""}
          error={errorOf("kecamatan")}
          options={[
            { value: "", label: t("noKecamatan") },
            ...kecamatanValues.map((kecamatan) => ({ value: kecamatan, label: tKecamatan(kecamatan) })),
          ]}
        />
        <div className="flex items-center gap-2">
          <input
            id="event-online"
            name="isOnline"
            type="checkbox"
            value="1"
            defaultChecked={values.isOnline ?? false}
            className="h-4 w-4"
          />
          <label htmlFor="event-online">{t("isOnline")}</label>
        </div>
        <FormField
          id="event-registration-url"
          name="registrationUrl"
          type="url"
          label={t("registrationUrl")}
          hint={t("registrationUrlHint")}
          defaultValue={values.registrationUrl}
          error={errorOf("registrationUrl")}
        />
      </div>
      <SubmitButton label={props.submitLabel} isPending={isPending} />
    </form>
  );
}
