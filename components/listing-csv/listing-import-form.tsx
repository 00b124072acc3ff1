"use client";

import { useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { listingImportAction, type ListingImportState } from "@/lib/listing-csv/actions";
import type { CsvRowProblem } from "@/lib/listing-csv/columns";
import type { ImportFileError, PlannedRow } from "@/lib/listing-csv/plan-import";
import { SubmitButton } from "@/components/forms/form-field";

const CONFIRM_FORM_ID = "listing-import-confirm";
// The same limit as lib/listing-csv/plan-import.ts (which cannot be imported here); checked here only so a huge
// file is not sent at all. The server checks again.
const MAX_MEGABYTES = 5;

const actionStyles: Record<PlannedRow["action"], string> = {
  create: "bg-brand-50 text-brand-900",
  update: "bg-sky-50 text-sky-900",
  unchanged: "bg-slate-50 text-slate-700",
  duplicate: "bg-amber-50 text-amber-900",
  invalid: "bg-red-50 text-red-800",
};

/** Upload → dry run (row by row) → confirm. Nothing is written before the confirm button, which only shows
 * when no row is invalid. */
export function ListingImportForm() {
  const t = useTranslations("ListingCsv");
  const tForm = useTranslations("ListingForm.errors");
  const locale = useLocale();
  const { state, formAction, isPending, message } = useFormAction<ListingImportState>(
    listingImportAction,
    {},
    "ListingCsv.formErrors",
  );
  const plan = state.plan;
  const [isTooLarge, setIsTooLarge] = useState(false);
  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const file = new FormData(event.currentTarget).get("file");
    const tooLarge = file instanceof File && file.size > MAX_MEGABYTES * 1024 * 1024;
    setIsTooLarge(tooLarge);
    if (tooLarge) event.preventDefault();
  };

  const fileErrorText = (error: ImportFileError) => {
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
  const fileError = isTooLarge
    ? t("fileErrors.fileTooLarge", { maxMegabytes: MAX_MEGABYTES })
    : plan && !plan.ok
      ? fileErrorText(plan.error)
      : null;
  const problemText = (problem: CsvRowProblem) => {
    const key = `errors.${problem.key}`;
    const message = t.has(key)
      ? t(key, { detail: problem.detail ?? "" })
      : tForm.has(problem.key)
        ? tForm(problem.key)
        : t("errors.invalid");
    if (!problem.column) return t("rowProblem", { message });
    const isNested = (problem.column === "facts" || problem.column === "social_links") && problem.detail;
    return t("problem", { column: isNested ? `${problem.column}.${problem.detail}` : problem.column, message });
  };

  return (
    <div className="space-y-6">
      <form action={formAction} onSubmit={checkSize} noValidate className="max-w-xl space-y-4">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="intent" value="plan" />
        {state.result ? (
          <p role="status" className="rounded border border-brand-700 bg-brand-50 p-3">
            {t("done", state.result)}
          </p>
        ) : null}
        {state.formError ? (
          <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
            {message(state.formError)}
          </p>
        ) : null}
        {fileError ? (
          <p
            id="listing-import-file-error"
            role="alert"
            className="rounded border border-red-700 bg-red-50 p-3 text-red-800"
          >
            {fileError}
          </p>
        ) : null}
        <div>
          <label htmlFor="listing-import-file" className="font-medium">
            {t("file")}
          </label>
          <input
            id="listing-import-file"
            name="file"
            type="file"
            accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={fileError ? "listing-import-file-error" : "listing-import-file-hint"}
            aria-invalid={fileError ? true : undefined}
            className="mt-1 block w-full"
          />
          <p id="listing-import-file-hint" className="mt-1 text-sm text-slate-600">
            {t("fileHint")}
          </p>
        </div>
        <SubmitButton label={t("check")} isPending={isPending} />
      </form>

      {plan?.ok ? (
        <section aria-labelledby="listing-import-plan" className="space-y-4">
          <h3 id="listing-import-plan" className="text-xl font-semibold">
            {t("planHeading", { fileName: state.fileName ?? "" })}
          </h3>
          <p>{t("summary", { rows: plan.rows.length, ...plan.counts })}</p>
          {plan.counts.invalid > 0 ? (
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
                    {t("colAction")}
                  </th>
                  <th scope="col" className="px-2 py-1">
                    {t("colName")}
                  </th>
                  <th scope="col" className="px-2 py-1">
                    {t("colDetails")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {plan.rows.map((row) => (
                  <tr key={row.rowNumber} className="border-b border-slate-200 align-top">
                    <th scope="row" className="px-2 py-1 font-normal">
                      {row.rowNumber}
                    </th>
                    <td className="px-2 py-1">
                      <span className={`rounded px-2 py-0.5 font-medium ${actionStyles[row.action]}`}>
                        {t(`actions.${row.action}`)}
                      </span>
                    </td>
                    <td className="px-2 py-1">{row.name}</td>
                    <td className="space-y-1 px-2 py-1">
                      {row.problems.length > 0 ? (
                        <ul className="list-disc pl-5 text-red-800">
                          {row.problems.map((problem, index) => (
                            <li key={index}>{problemText(problem)}</li>
                          ))}
                        </ul>
                      ) : null}
                      {row.action === "update" ? (
                        <p>{t("changed", { columns: row.changedColumns.join(", ") })}</p>
                      ) : null}
                      {row.action === "create" || row.action === "duplicate" ? (
                        <p>{row.slug ? t("newSlug", { slug: row.slug }) : t("generatedSlug")}</p>
                      ) : null}
                      {row.action === "duplicate" ? (
                        <>
                          <p>{t("similarTo")}</p>
                          <ul className="list-disc pl-5">
                            {row.similar.map((similar, index) => (
                              <li key={index}>
                                {similar.rowNumber
                                  ? t("similarRow", { name: similar.nameIndonesian, row: similar.rowNumber })
                                  : `${similar.nameIndonesian} (${similar.slug})`}
                              </li>
                            ))}
                          </ul>
                          {state.payload ? (
                            <label className="flex items-center gap-2">
                              <input type="checkbox" name="createAnyway" value={row.rowNumber} form={CONFIRM_FORM_ID} />
                              {t("createAnyway", { row: row.rowNumber })}
                            </label>
                          ) : null}
                        </>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {state.payload ? (
            plan.counts.create + plan.counts.update + plan.counts.duplicate > 0 ? (
              <form id={CONFIRM_FORM_ID} action={formAction} className="space-y-2">
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="intent" value="apply" />
                <input type="hidden" name="payload" value={state.payload} />
                <input type="hidden" name="digest" value={plan.digest} />
                <input type="hidden" name="fileName" value={state.fileName ?? ""} />
                <p className="text-sm text-slate-700">{t("confirmHint")}</p>
                <SubmitButton label={t("confirm")} isPending={isPending} />
              </form>
            ) : (
              <p role="status">{t("nothingToDo")}</p>
            )
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
