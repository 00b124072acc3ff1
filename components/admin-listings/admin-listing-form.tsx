"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/forms/form-state";
import { FormField, SelectField, TextAreaField } from "@/components/forms/form-field";
import { ListingContentForm } from "@/components/listings/listing-content-form";
import type { AdminListingFormState, ListingConflictChange } from "@/lib/admin-listings/form-state";
import {
  businessScaleValues,
  newListingStatusValues,
  turnoverBandValues,
  workforceBandValues,
} from "@/lib/admin-listings/schemas";
import type { PickerMap } from "@/lib/geo/picker-view";
import type { ListingFormState } from "@/lib/listings/listing-content";
import type { ListingKind } from "@/lib/generated/prisma/enums";

type Props = {
  kind: ListingKind;
  subsectors: { id: string; name: string }[];
  initial: ListingFormState;
  staffInitial: Record<string, string>;
  action: (state: AdminListingFormState, formData: FormData) => Promise<AdminListingFormState>;
  hiddenFields: Record<string, string>;
  submitLabel: string;
  /** Editing: the version the page loaded (a new listing has none). */
  version?: number;
  /** Editing: where "load the saved version" goes. */
  reloadHref?: string;
  pickerMap?: PickerMap;
  /** Editing: the date staff verified the stored NIB with evidence, formatted; null when it is unverified. */
  nibVerifiedOn?: string | null;
  /** Editing: the listing's cover, to replace or take down. */
  currentCover?: { fileId: string | null; isSample: boolean };
};

/** Staff's listing form: the shared content form, the staff-only fields and, after a conflict, both versions. */
export function AdminListingForm({ version, reloadHref, staffInitial, nibVerifiedOn = null, ...props }: Props) {
  const t = useTranslations("AdminListings");
  return (
    <ListingContentForm<AdminListingFormState>
      {...props}
      hasLogoField
      logoHint={t("logoHint")}
      coverHint={t("coverHint")}
      renderNotice={(state) =>
        state.conflict ? (
          <ConflictPanel changes={state.conflict.changes} subsectors={props.subsectors} reloadHref={reloadHref} />
        ) : null
      }
      renderExtra={(state) => (
        <StaffFields
          values={state.staffForm ?? staffInitial}
          fieldErrors={state.fieldErrors ?? {}}
          isNew={version === undefined}
          version={state.conflict?.savedVersion ?? version}
          nibVerifiedOn={nibVerifiedOn}
        />
      )}
    />
  );
}

function StaffFields({
  values,
  fieldErrors,
  isNew,
  version,
  nibVerifiedOn,
}: {
  values: Record<string, string>;
  fieldErrors: FieldErrors;
  isNew: boolean;
  version?: number;
  nibVerifiedOn: string | null;
}) {
  const t = useTranslations("AdminListings");
  const value = (key: string) => values[key] ?? "";
  const errorOf = (key: string) => {
    const code = fieldErrors[key]?.[0];
    if (!code) return undefined;
    return t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.invalid");
  };
  const choices = (values: readonly string[], labels: string) => [
    { value: "", label: t("notSet") },
    ...values.map((option) => ({ value: option, label: t(`${labels}.${option}`) })),
  ];
  return (
    <>
      {/* After a conflict this is the stored version: saving again deliberately replaces it. */}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <fieldset className="space-y-4 rounded border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{t("staffSection")}</legend>
        {isNew ? (
          <SelectField
            id="status"
            name="status"
            label={t("initialStatus")}
            defaultValue={value("status") || "PUBLISHED"}
            error={errorOf("status")}
            options={newListingStatusValues.map((status) => ({ value: status, label: t(`statusValue.${status}`) }))}
          />
        ) : null}
        <FormField
          id="slug"
          name="slug"
          label={t("slug")}
          hint={isNew ? `${t("slugHintNew")} ${t("slugHint")}` : t("slugHint")}
          defaultValue={value("slug")}
          error={errorOf("slug")}
        />
        <div className="flex items-start gap-2">
          <input
            id="isSample"
            name="isSample"
            type="checkbox"
            value="1"
            defaultChecked={value("isSample") === "1"}
            className="mt-1 h-4 w-4"
          />
          <label htmlFor="isSample">{t("isSample")}</label>
        </div>
        <FormField
          id="sourceName"
          name="sourceName"
          label={t("sourceName")}
          defaultValue={value("sourceName")}
          error={errorOf("sourceName")}
        />
        <FormField
          id="sourceUrl"
          name="sourceUrl"
          type="url"
          label={t("sourceUrl")}
          defaultValue={value("sourceUrl")}
          error={errorOf("sourceUrl")}
        />
        <FormField
          id="externalId"
          name="externalId"
          label={t("externalId")}
          defaultValue={value("externalId")}
          error={errorOf("externalId")}
        />
      </fieldset>
      <fieldset className="space-y-4 rounded border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{t("monitoringSection")}</legend>
        <FormField
          id="nib"
          name="nib"
          label={t("nib")}
          defaultValue={value("nib")}
          error={errorOf("nib")}
          autoComplete="off"
        />
        <p className="text-sm text-slate-700">
          {nibVerifiedOn ? t("nibVerifiedOn", { date: nibVerifiedOn }) : t("nibUnverified")}
        </p>
        <FormField
          id="nibEvidence"
          name="nibEvidence"
          label={t("nibEvidence")}
          hint={t("nibEvidenceHint")}
          defaultValue={value("nibEvidence")}
          error={errorOf("nibEvidence")}
          autoComplete="off"
        />
        <TextAreaField
          id="kbli"
          name="kbli"
          label={t("kbli")}
          hint={t("kbliHint")}
          defaultValue={value("kbli")}
          error={errorOf("kbli")}
          rows={3}
        />
        <SelectField
          id="businessScale"
          name="businessScale"
          label={t("businessScale")}
          defaultValue={value("businessScale")}
          error={errorOf("businessScale")}
          options={choices(businessScaleValues, "businessScaleValue")}
        />
        <SelectField
          id="workforceBand"
          name="workforceBand"
          label={t("workforceBand")}
          defaultValue={value("workforceBand")}
          error={errorOf("workforceBand")}
          options={choices(workforceBandValues, "workforceBandValue")}
        />
        <SelectField
          id="turnoverBand"
          name="turnoverBand"
          label={t("turnoverBand")}
          defaultValue={value("turnoverBand")}
          error={errorOf("turnoverBand")}
          options={choices(turnoverBandValues, "turnoverBandValue")}
        />
      </fieldset>
    </>
  );
}

const enumLabelKeys: Record<string, string> = {
  businessScale: "businessScaleValue",
  workforceBand: "workforceBandValue",
  turnoverBand: "turnoverBandValue",
};

/** Where the editor's version and the stored one differ, field by field; nothing was saved. */
function ConflictPanel({
  changes,
  subsectors,
  reloadHref,
}: {
  changes: ListingConflictChange[];
  subsectors: { id: string; name: string }[];
  reloadHref?: string;
}) {
  const t = useTranslations("AdminListings");
  const tForm = useTranslations("ListingForm");
  const tProfile = useTranslations("Profile");
  const tKecamatan = useTranslations("Kecamatan");
  const subsectorName = (id: string) => subsectors.find((subsector) => subsector.id === id)?.name ?? id;
  const labelOf = (field: string) => {
    if (field.startsWith("facts.")) {
      const key = field.slice("facts.".length);
      return tProfile.has(key) ? tProfile(key) : key;
    }
    if (field === "socialLinks") return tForm("social");
    if (tForm.has(field)) return tForm(field);
    return t.has(field) ? t(field) : field;
  };
  const show = (field: string, value: string) => {
    if (field === "isSample") return value === "1" ? t("yes") : t("no");
    if (value === "") return t("empty");
    if (field === "primarySubsectorId") return subsectorName(value);
    if (field === "otherSubsectorIds") return value.split(", ").map(subsectorName).join(", ");
    if (field === "kecamatan" && tKecamatan.has(value)) return tKecamatan(value);
    const enumKey = enumLabelKeys[field];
    if (enumKey && t.has(`${enumKey}.${value}`)) return t(`${enumKey}.${value}`);
    return value;
  };
  return (
    <section
      aria-labelledby="konflik-judul"
      className="space-y-3 rounded border-2 border-amber-600 bg-amber-50 p-4 text-slate-900"
    >
      <h2 id="konflik-judul" className="text-xl font-semibold">
        {t("conflictTitle")}
      </h2>
      <p role="alert">{t("conflictIntro")}</p>
      {changes.length === 0 ? (
        <p>{t("conflictNoDifferences")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">{t("conflictTitle")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="px-2 py-2">
                  {t("conflictField")}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t("conflictYours")}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t("conflictSaved")}
                </th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.field} className="border-b border-slate-200 align-top">
                  <th scope="row" className="px-2 py-2 font-medium">
                    {labelOf(change.field)}
                  </th>
                  <td className="px-2 py-2 whitespace-pre-wrap">{show(change.field, change.yours)}</td>
                  <td className="px-2 py-2 whitespace-pre-wrap">{show(change.field, change.saved)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>{t("conflictHowTo")}</p>
      {reloadHref ? (
        <p>
          <a href={reloadHref} className="font-semibold text-brand-800 underline">
            {t("conflictReload")}
          </a>
        </p>
      ) : null}
    </section>
  );
}
