"use client";

import { useLocale, useTranslations } from "next-intl";
import { InboxReturnField } from "@/components/admin/inbox-return-field";
import { destructiveButtonClass, TextAreaField } from "@/components/forms/form-field";
import { useFormAction } from "@/lib/forms/use-form-action";
import { handlePostReportAction } from "@/lib/collaboration/report-post-actions";
import type { HandlePostReportState } from "@/lib/collaboration/report-post-schemas";

/**
 * Staff decide on one open report with a note: dismiss it, or hide the post (offered only while the post is
 * public). From the inbox, the action returns there; otherwise to this report's page.
 */
export function HandlePostReportForm({ reportId, canHide }: { reportId: string; canHide: boolean }) {
  const t = useTranslations("PostReportAdmin");
  const locale = useLocale();
  const { state, formAction, isPending, fieldError } = useFormAction<HandlePostReportState>(
    handlePostReportAction,
    {},
    "PostReportAdmin.errors",
  );
  return (
    <form action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="reportId" value={reportId} />
      <InboxReturnField />
      {state.formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t(`formErrors.${state.formError}`)}
        </p>
      ) : null}
      <TextAreaField
        id={`post-report-note-${reportId}`}
        name="note"
        label={t("note")}
        hint={t("noteHint")}
        rows={3}
        defaultValue={state.values?.note}
        error={fieldError("note") ?? fieldError("decision")}
      />
      {canHide ? null : <p className="text-sm">{t("alreadyHidden")}</p>}
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          name="decision"
          value="DISMISS"
          disabled={isPending}
          className="rounded border border-slate-400 px-4 py-2 hover:bg-slate-50 disabled:opacity-60"
        >
          {t("dismiss")}
        </button>
        {canHide ? (
          <button
            type="submit"
            name="decision"
            value="HIDE_POST"
            disabled={isPending}
            className={destructiveButtonClass}
          >
            {t("hidePost")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
