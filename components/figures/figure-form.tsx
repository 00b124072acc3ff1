"use client";

import { useLocale, useTranslations } from "next-intl";
import { createFigureAction, updateFigureAction, type FigureFormState } from "@/lib/figures/actions";
import { figureQualifiers, type FigureField } from "@/lib/figures/schemas";
import { useFormAction } from "@/lib/forms/use-form-action";
import { FormAlert, FormField, SelectField, SubmitButton, TextAreaField } from "@/components/forms/form-field";

type Props =
  | { mode: "create"; initialValues?: undefined; figureId?: undefined; expectedUpdatedAt?: undefined }
  | { mode: "edit"; initialValues: Record<string, string>; figureId: string; expectedUpdatedAt: string };

/** Creates a figure or edits one, with per-field errors; staff only (the actions check). */
export function FigureForm({ mode, initialValues, figureId, expectedUpdatedAt }: Props) {
  const t = useTranslations("FigureForm");
  const locale = useLocale();
  const {
    state,
    formAction,
    isPending,
    fieldError: errorOf,
  } = useFormAction<FigureFormState>(
    mode === "create" ? createFigureAction : updateFigureAction,
    {},
    "FigureForm.errors",
  );
  const values: Partial<Record<FigureField, string>> = state.values ?? initialValues ?? {};
  const field = (name: FigureField, options: { type?: string; hint?: string } = {}) => (
    <FormField
      id={`figure-${name}`}
      name={name}
      type={options.type}
      label={t(`fields.${name}`)}
      hint={options.hint}
      defaultValue={values[name]}
      error={errorOf(name)}
    />
  );

  return (
    <form action={formAction} noValidate className="max-w-3xl space-y-4">
      {state.formError ? <FormAlert message={t(state.formError)} /> : null}
      {state.fieldErrors ? <FormAlert message={t("hasErrors")} /> : null}
      <input type="hidden" name="locale" value={locale} />
      {mode === "edit" ? (
        <>
          <input type="hidden" name="figureId" value={figureId} />
          <input type="hidden" name="expectedUpdatedAt" value={expectedUpdatedAt} />
        </>
      ) : null}
      {field("key", { hint: t("hints.key") })}
      <div className="grid gap-4 sm:grid-cols-2">
        {field("labelIndonesian")}
        {field("labelEn")}
      </div>
      <fieldset className="space-y-4 rounded border border-slate-200 p-4">
        <legend className="px-1 font-semibold">{t("valueLegend")}</legend>
        <p className="text-sm text-slate-600">{t("hints.value")}</p>
        {/* Keyed by the value sent back: React's reset after an action restores a select's first default only. */}
        <SelectField
          key={`qualifier-${values.qualifier ?? ""}`}
          id="figure-qualifier"
          name="qualifier"
          label={t("fields.qualifier")}
          defaultValue={values.qualifier ?? "EXACT"}
          error={errorOf("qualifier")}
          options={figureQualifiers.map((qualifier) => ({ value: qualifier, label: t(`qualifiers.${qualifier}`) }))}
        />
        <div className="grid gap-4 sm:grid-cols-3">
          {field("valueMin", { hint: t("hints.number") })}
          {field("valueMax", { hint: t("hints.valueMax") })}
          {field("unit", { hint: t("hints.unit") })}
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {field("noteIndonesian")}
          {field("noteEn")}
        </div>
      </fieldset>
      <fieldset className="space-y-4 rounded border border-slate-200 p-4">
        <legend className="px-1 font-semibold">{t("periodLegend")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {field("periodLabelIndonesian", { hint: t("hints.periodLabelIndonesian") })}
          {field("periodLabelEn", { hint: t("hints.periodLabelEn") })}
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {field("periodStart", { type: "date" })}
          {field("periodEnd", { type: "date" })}
        </div>
      </fieldset>
      <fieldset className="space-y-4 rounded border border-slate-200 p-4">
        <legend className="px-1 font-semibold">{t("sourceLegend")}</legend>
        {field("sourceName")}
        {field("sourceUrl", { type: "url" })}
        {field("publishedOn", { type: "date" })}
        <TextAreaField
          id="figure-method"
          name="methodIndonesian"
          label={t("fields.methodIndonesian")}
          hint={t("hints.methodIndonesian")}
          defaultValue={values.methodIndonesian}
          error={errorOf("methodIndonesian")}
          rows={3}
        />
        <TextAreaField
          id="figure-methodEn"
          name="methodEn"
          label={t("fields.methodEn")}
          hint={t("hints.methodEn")}
          defaultValue={values.methodEn}
          error={errorOf("methodEn")}
          rows={3}
        />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex items-start gap-2">
          <input
            key={`headline-${values.isHeadline ?? ""}`}
            id="figure-isHeadline"
            name="isHeadline"
            type="checkbox"
            value="on"
            defaultChecked={values.isHeadline === "on"}
            aria-describedby="figure-isHeadline-hint"
            className="mt-1 h-4 w-4"
          />
          <div>
            <label htmlFor="figure-isHeadline" className="font-medium">
              {t("fields.isHeadline")}
            </label>
            <p id="figure-isHeadline-hint" className="text-sm text-slate-600">
              {t("hints.isHeadline")}
            </p>
          </div>
        </div>
        {field("sortOrder", { type: "number" })}
      </div>
      <SubmitButton label={mode === "create" ? t("createSubmit") : t("updateSubmit")} isPending={isPending} />
    </form>
  );
}
