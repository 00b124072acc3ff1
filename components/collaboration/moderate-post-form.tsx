"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormAction } from "@/lib/forms/use-form-action";
import { moderatePostAction } from "@/lib/collaboration/actions";
import type { ModeratePostFormState } from "@/lib/collaboration/schemas";
import { destructiveButtonClass, TextAreaField } from "@/components/forms/form-field";

/** Staff hide a post (or show it again), always with a note; the action returns to the list. */
export function ModeratePostForm({
  postId,
  title,
  isHidden,
  returnFilter,
}: {
  postId: string;
  title: string;
  isHidden: boolean;
  returnFilter: string;
}) {
  const t = useTranslations("CollaborationAdmin");
  const locale = useLocale();
  const { state, formAction, isPending, fieldError } = useFormAction<ModeratePostFormState>(
    moderatePostAction,
    {},
    "CollaborationAdmin.errors",
  );
  return (
    <form action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="isHidden" value={isHidden ? "0" : "1"} />
      <input type="hidden" name="returnFilter" value={returnFilter} />
      {state.formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t(`errors.${state.formError}`)}
        </p>
      ) : null}
      <TextAreaField
        id={`moderate-note-${postId}`}
        name="note"
        label={t("note")}
        hint={t(isHidden ? "unhideNoteHint" : "hideNoteHint")}
        rows={2}
        defaultValue={state.values?.note}
        error={fieldError("note")}
      />
      <button
        type="submit"
        disabled={isPending}
        aria-label={t(isHidden ? "unhideFor" : "hideFor", { title })}
        className={
          isHidden
            ? "rounded border border-brand-700 px-4 py-2 text-brand-800 hover:bg-brand-50 disabled:opacity-60"
            : destructiveButtonClass
        }
      >
        {t(isHidden ? "unhide" : "hide")}
      </button>
    </form>
  );
}
