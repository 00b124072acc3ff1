"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { supportImportAction, type SupportImportState } from "@/lib/reach/actions";
import type { SupportFileError } from "@/lib/reach/support-file";
import type { SupportRecordField } from "@/lib/reach/schemas";
import { SubmitButton } from "@/components/forms/form-field";

// The file's column for each form field, so a row's problem names what the staff member sees in the sheet.
const columnOfField: Record<SupportRecordField, string> = {
  listing: "listing",
  programme: "programme",
  kind: "kind",
  organiser: "organiser",
  startsOn: "starts_on",
  endsOn: "ends_on",
  outcome: "outcome",
  personEmail: "person_email",
};

/** Upload → dry run (row by row, nothing written) → confirm, which shows only when every row is valid. */
export function SupportImportForm() {
  const t = useTranslations("Reach");
  const locale = useLocale();
  const { state, formAction, isPending, message } = useFormAction<SupportImportState>(
    supportImportAction,
    {},
    "Reach.formErrors",
  );
  const plan = state.plan;
  const fileErrorText = (error: SupportFileError) => {
    switch (error.key) {
      case "unknownColumns":
      case "missingColumns":
      case "repeatedColumns":
        return t(`fileErrors.${error.key}`, { columns: error.columns.join(", ") });
      case "malformed":
        return t("fileErrors.malformed", { line: error.line });
      case "tooManyRows":
        return t("fileErrors.tooManyRows", { max: error.max });
      case "fileTooLarge":
        return t("fileErrors.fileTooLarge", { maxMegabytes: error.maxMegabytes });
      default:
        return t(`fileErrors.${error.key}`);
    }
  };
  const fileError = plan && !plan.ok ? fileErrorText(plan.error) : null;
  const messageOf = (key: string) => (t.has(`errors.${key}`) ? t(`errors.${key}`) : t("errors.invalid"));

  return (
    <div className="space-y-6">
      <form action={formAction} noValidate className="max-w-xl space-y-4">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="intent" value="plan" />
        {state.created !== undefined ? (
          <p role="status" className="rounded border border-brand-700 bg-brand-50 p-3">
            {t("done", { created: state.created })}
          </p>
        ) : null}
        {state.formError ? (
          <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
            {message(state.formError)}
          </p>
        ) : null}
        {fileError ? (
          <p
            id="support-import-file-error"
            role="alert"
            className="rounded border border-red-700 bg-red-50 p-3 text-red-800"
          >
            {fileError}
          </p>
        ) : null}
        <div>
          <label htmlFor="support-import-file" className="font-medium">
            {t("file")}
          </label>
          <input
            id="support-import-file"
            name="file"
            type="file"
            accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={fileError ? "support-import-file-error" : "support-import-file-hint"}
            aria-invalid={fileError ? true : undefined}
            className="mt-1 block w-full"
          />
          <p id="support-import-file-hint" className="mt-1 text-sm text-slate-600">
            {t("fileHint")}
          </p>
        </div>
        <SubmitButton label={t("check")} isPending={isPending} />
      </form>

      {plan?.ok ? (
        <section aria-labelledby="support-import-plan" className="space-y-4">
          <h3 id="support-import-plan" className="text-xl font-semibold">
            {t("planHeading", { fileName: state.fileName ?? "" })}
          </h3>
          <p>{t("summary", { rows: plan.rows.length, valid: plan.valid, invalid: plan.invalid })}</p>
          {plan.invalid > 0 ? (
            <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
              {t("invalidNotice")}
            </p>
          ) : null}
          <div className="overflow-x-auto">
            <table className="min-w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t("tableCaption")}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="px-2 py-1">
                    {t("colRow")}
                  </th>
                  <th scope="col" className="px-2 py-1">
                    {t("fieldListing")}
                  </th>
                  <th scope="col" className="px-2 py-1">
                    {t("fieldProgramme")}
                  </th>
                  <th scope="col" className="px-2 py-1">
                    {t("colStartsOn")}
                  </th>
                  <th scope="col" className="px-2 py-1">
                    {t("colProblems")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {plan.rows.map((row) => {
                  const problems = Object.entries(row.fieldErrors) as [SupportRecordField, string[]][];
                  return (
                    <tr key={row.rowNumber} className="border-b border-slate-200 align-top">
                      <th scope="row" className="px-2 py-1 font-normal">
                        {row.rowNumber}
                      </th>
                      <td className="px-2 py-1 break-all">{row.listing}</td>
                      <td className="px-2 py-1 break-all">{row.programme}</td>
                      <td className="px-2 py-1">{row.startsOn}</td>
                      <td className="px-2 py-1">
                        {problems.length === 0 ? (
                          <span className="text-brand-800">{t("rowOk")}</span>
                        ) : (
                          <ul className="list-disc pl-5 text-red-800">
                            {problems.flatMap(([field, keys]) =>
                              keys.map((key) => (
                                <li key={`${field}-${key}`}>
                                  {t("problem", { column: columnOfField[field], message: messageOf(key) })}
                                </li>
                              )),
                            )}
                          </ul>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {state.payload ? (
            <form action={formAction}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="intent" value="apply" />
              <input type="hidden" name="payload" value={state.payload} />
              <input type="hidden" name="digest" value={plan.digest} />
              <input type="hidden" name="fileName" value={state.fileName ?? ""} />
              <SubmitButton label={t("confirm", { valid: plan.valid })} isPending={isPending} />
            </form>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
