"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { saveProgrammeAction, type ProgrammeFormState } from "@/lib/events/actions";
import type { ProgrammeInput } from "@/lib/events/schemas";
import { FormField, SubmitButton, TextAreaField } from "@/components/forms/form-field";

type Values = Partial<Record<keyof ProgrammeInput, string>>;

type Props = {
  submitLabel: string;
  /** When editing: the programme and its updatedAt as shown, for the conflict check. */
  programmeId?: string;
  expectedUpdatedAt?: string;
  defaults?: Values;
};

/** Staff create or edit a programme (e.g. a Disporapar training programme of a given year). */
export function ProgrammeForm({ submitLabel, programmeId, expectedUpdatedAt, defaults }: Props) {
  const t = useTranslations("ProgrammeAdmin");
  const locale = useLocale();
  const {
    state,
    formAction,
    isPending,
    fieldError: errorOf,
  } = useFormAction<ProgrammeFormState>(saveProgrammeAction, {}, "ProgrammeAdmin.errors");
  const values: Values = state.values ?? defaults ?? {};
  const prefix = programmeId ? `programme-${programmeId}` : "programme-new";
  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-4">
      {state.formError === "conflict" ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t("conflict")}
        </p>
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      {programmeId ? (
        <>
          <input type="hidden" name="programmeId" value={programmeId} />
          <input type="hidden" name="expectedUpdatedAt" value={expectedUpdatedAt ?? ""} />
        </>
      ) : null}
      <div key={JSON.stringify(values)} className="space-y-4">
        <FormField
          id={`${prefix}-name-id`}
          name="nameIndonesian"
          label={t("nameIndonesian")}
          hint={t("nameIdHint")}
          defaultValue={values.nameIndonesian}
          error={errorOf("nameIndonesian")}
        />
        <FormField
          id={`${prefix}-name-en`}
          name="nameEn"
          label={t("nameEn")}
          defaultValue={values.nameEn}
          error={errorOf("nameEn")}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            id={`${prefix}-year`}
            name="year"
            type="number"
            label={t("year")}
            defaultValue={values.year}
            error={errorOf("year")}
          />
          <FormField
            id={`${prefix}-organiser`}
            name="organiserName"
            label={t("organiserName")}
            hint={t("organiserNameHint")}
            defaultValue={values.organiserName}
            error={errorOf("organiserName")}
          />
        </div>
        <TextAreaField
          id={`${prefix}-description-id`}
          name="descriptionIndonesian"
          label={t("descriptionIndonesian")}
          defaultValue={values.descriptionIndonesian}
          error={errorOf("descriptionIndonesian")}
        />
        <TextAreaField
          id={`${prefix}-description-en`}
          name="descriptionEn"
          label={t("descriptionEn")}
          defaultValue={values.descriptionEn}
          error={errorOf("descriptionEn")}
        />
      </div>
      <SubmitButton label={submitLabel} isPending={isPending} />
    </form>
  );
}
