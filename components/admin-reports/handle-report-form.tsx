"use client";

import { InboxReturnField } from "@/components/admin/inbox-return-field";
import { useLocale, useTranslations } from "next-intl";
import { handleReportAction, type HandleReportState } from "@/lib/report-handling/actions";
import { TextAreaField } from "@/components/forms/form-field";
import { useFormAction } from "@/lib/forms/use-form-action";

/** Resolve or dismiss one open report with a note; the action returns to the list it was sent from. */
export function HandleReportForm({ reportId, returnStatus }: { reportId: string; returnStatus: string }) {
  const t = useTranslations("AdminReports");
  const locale = useLocale();
  const { state, formAction, isPending, fieldError } = useFormAction<HandleReportState>(
    handleReportAction,
    {},
    "AdminReports.errors",
  );
  return (
    <form action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="returnStatus" value={returnStatus} />
      <InboxReturnField />
      {state.formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t(`formErrors.${state.formError}`)}
        </p>
      ) : null}
      <TextAreaField
        id={`report-note-${reportId}`}
        name="note"
        label={t("note")}
        hint={t("noteHint")}
        rows={2}
        defaultValue={state.values?.note}
        error={fieldError("note") ?? fieldError("decision")}
      />
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          name="decision"
          value="RESOLVED"
          disabled={isPending}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {t("resolve")}
        </button>
        <button
          type="submit"
          name="decision"
          value="DISMISSED"
          disabled={isPending}
          className="rounded border border-slate-400 px-4 py-2 hover:bg-slate-50 disabled:opacity-60"
        >
          {t("dismiss")}
        </button>
      </div>
    </form>
  );
}
