"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { recordSupportAction, type SupportFormState } from "@/lib/reach/actions";
import { supportKindValues, type SupportRecordField } from "@/lib/reach/schemas";
import { FormField, SelectField, SubmitButton, TextAreaField } from "@/components/forms/form-field";

type Props = { programmes: { slug: string; label: string }[] };

/** Staff record one support by hand; errors show field by field in the reader's language. */
export function SupportForm({ programmes }: Props) {
  const t = useTranslations("Reach");
  const locale = useLocale();
  const {
    state,
    formAction,
    isPending,
    fieldError: errorOf,
  } = useFormAction<SupportFormState>(recordSupportAction, {}, "Reach.errors");
  const values: Partial<Record<SupportRecordField, string>> = state.values ?? {};
  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <div key={JSON.stringify(values)} className="space-y-4">
        <FormField
          id="support-listing"
          name="listing"
          label={t("fieldListing")}
          hint={t("fieldListingHint")}
          defaultValue={values.listing}
          error={errorOf("listing")}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            id="support-programme"
            name="programme"
            label={t("fieldProgramme")}
            defaultValue={values.programme ?? ""}
            error={errorOf("programme")}
            options={[
              { value: "", label: t("fieldProgrammeChoose") },
              ...programmes.map((programme) => ({ value: programme.slug, label: programme.label })),
            ]}
          />
          <SelectField
            id="support-kind"
            name="kind"
            label={t("fieldKind")}
            defaultValue={values.kind ?? ""}
            error={errorOf("kind")}
            options={[
              { value: "", label: t("fieldKindChoose") },
              ...supportKindValues.map((kind) => ({ value: kind, label: t(`supportKinds.${kind}`) })),
            ]}
          />
        </div>
        <FormField
          id="support-organiser"
          name="organiser"
          label={t("fieldOrganiser")}
          hint={t("fieldOrganiserHint")}
          defaultValue={values.organiser ?? "Disporapar Kota Malang"}
          error={errorOf("organiser")}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            id="support-starts-on"
            name="startsOn"
            type="date"
            label={t("fieldStartsOn")}
            defaultValue={values.startsOn}
            error={errorOf("startsOn")}
          />
          <FormField
            id="support-ends-on"
            name="endsOn"
            type="date"
            label={t("fieldEndsOn")}
            defaultValue={values.endsOn}
            error={errorOf("endsOn")}
          />
        </div>
        <TextAreaField
          id="support-outcome"
          name="outcome"
          label={t("fieldOutcome")}
          hint={t("fieldOutcomeHint")}
          rows={2}
          defaultValue={values.outcome}
          error={errorOf("outcome")}
        />
        <FormField
          id="support-person-email"
          name="personEmail"
          type="email"
          label={t("fieldPersonEmail")}
          hint={t("fieldPersonEmailHint")}
          defaultValue={values.personEmail}
          error={errorOf("personEmail")}
        />
      </div>
      <SubmitButton label={t("submit")} isPending={isPending} />
    </form>
  );
}
