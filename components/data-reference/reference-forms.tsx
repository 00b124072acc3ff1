"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormField, SelectField, SubmitButton, TextAreaField } from "@/components/forms/form-field";
import { saveKbliMappingAction, saveRegistryUrlAction, type ReferenceFormState } from "@/lib/kbli/actions";
import { useFormAction } from "@/lib/forms/use-form-action";

/** Adds a KBLI → subsector pairing (or replaces the one for the same edition and code). */
export function KbliMappingForm({ subsectors }: { subsectors: { id: string; name: string }[] }) {
  const t = useTranslations("DataReference");
  const locale = useLocale();
  const {
    state,
    formAction,
    isPending,
    fieldError: errorOf,
  } = useFormAction<ReferenceFormState>(saveKbliMappingAction, {}, "DataReference.errors");
  const value = (field: keyof NonNullable<ReferenceFormState["values"]>) => state.values?.[field] ?? "";
  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-3 rounded border border-slate-300 p-4">
      <input type="hidden" name="locale" value={locale} />
      {state.saved ? <p role="status">{t("mappingSaved")}</p> : null}
      <SelectField
        id="kbli-version"
        name="version"
        label={t("version")}
        defaultValue={value("version") || "2020"}
        error={errorOf("version")}
        options={[
          { value: "2020", label: "KBLI 2020" },
          { value: "2025", label: "KBLI 2025" },
        ]}
      />
      <FormField
        id="kbli-code"
        name="code"
        label={t("code")}
        hint={t("codeHint")}
        defaultValue={value("code")}
        error={errorOf("code")}
      />
      <FormField
        id="kbli-title"
        name="title"
        label={t("kbliTitle")}
        defaultValue={value("title")}
        error={errorOf("title")}
      />
      <SelectField
        id="kbli-subsector"
        name="subsectorId"
        label={t("subsector")}
        defaultValue={value("subsectorId")}
        error={errorOf("subsectorId")}
        options={[
          { value: "", label: t("choose") },
          ...subsectors.map((subsector) => ({ value: subsector.id, label: subsector.name })),
        ]}
      />
      <TextAreaField
        id="kbli-provenance"
        name="provenance"
        label={t("provenance")}
        hint={t("provenanceHint")}
        defaultValue={value("provenance") || t("provenanceDefault")}
        error={errorOf("provenance")}
        rows={2}
      />
      <SubmitButton label={t("saveMapping")} isPending={isPending} />
    </form>
  );
}

/** One certification type's registry address. */
export function RegistryUrlForm({
  typeId,
  typeName,
  registryUrl,
}: {
  typeId: string;
  typeName: string;
  registryUrl: string | null;
}) {
  const t = useTranslations("DataReference");
  const locale = useLocale();
  const {
    state,
    formAction,
    isPending,
    fieldError: errorOf,
    message,
  } = useFormAction<ReferenceFormState>(saveRegistryUrlAction, {}, "DataReference.errors");
  return (
    <form action={formAction} noValidate className="space-y-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="typeId" value={typeId} />
      <FormField
        id={`registry-${typeId}`}
        name="registryUrl"
        type="url"
        label={t("registryUrlOf", { type: typeName })}
        defaultValue={state.values?.registryUrl ?? registryUrl ?? ""}
        error={errorOf("registryUrl") ?? message(state.formError)}
      />
      {state.saved ? <p role="status">{t("registrySaved")}</p> : null}
      <SubmitButton label={t("saveRegistry")} isPending={isPending} />
    </form>
  );
}
