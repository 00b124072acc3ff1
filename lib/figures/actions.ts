"use server";

import { revalidatePath } from "@/lib/cache/revalidate-pages";
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/session";
import { getPathname } from "@/lib/i18n/navigation";
import { readFormLocale } from "@/lib/i18n/routing";
import { createFigure, setFigureRetired, updateFigure, type FigureChangeResult } from "./manage-figures";
import { figureFields, type FigureField } from "./schemas";
import { readFields, readText } from "@/lib/forms/text";
import type { FormState } from "@/lib/forms/form-state";
import { withNotice } from "@/lib/forms/notices";
import { recordPath } from "@/lib/forms/redirect-target";
import { routes } from "@/lib/site/routes";

/**
 * formError "conflict": someone changed the figure after this form was opened (reload and edit again);
 * "refused": no such figure (any more), or not allowed.
 */
export type FigureFormState = FormState<FigureField, "conflict" | "refused">;

// The home page shows headline figures (cached, docs/decisions/004); /statistik reads them live.
function revalidateFigurePages() {
  revalidatePath("/[locale]", "page");
}

function toFormState(
  result: Extract<FigureChangeResult, { ok: false }>,
  values: Record<FigureField, string>,
): FigureFormState {
  if (result.reason === "conflict") return { formError: "conflict", values };
  if (result.reason === "invalid") return { fieldErrors: result.fieldErrors, values };
  return { formError: "refused", values };
}

const figurePath = (figureId: string, locale: string) =>
  getPathname({ href: recordPath(routes.admin.figures, figureId), locale });

export async function createFigureAction(_previous: FigureFormState, formData: FormData): Promise<FigureFormState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const values = readFields(formData, figureFields);
  const result = await createFigure(staff, values);
  if (!result.ok) return toFormState(result, values);
  revalidateFigurePages();
  redirect(withNotice(figurePath(result.figureId, locale), "figure", "dibuat"));
}

export async function updateFigureAction(_previous: FigureFormState, formData: FormData): Promise<FigureFormState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const figureId = readText(formData, "figureId");
  const values = readFields(formData, figureFields);
  const result = await updateFigure(staff, figureId, {
    ...values,
    expectedUpdatedAt: readText(formData, "expectedUpdatedAt"),
  });
  if (!result.ok) return toFormState(result, values);
  revalidateFigurePages();
  redirect(withNotice(figurePath(figureId, locale), "figure", "diubah"));
}

/** Retires or restores a figure (`retire` = "1" or "0"). */
export async function setFigureRetiredAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const figureId = readText(formData, "figureId");
  const isRetired = readText(formData, "retire") === "1";
  const result = await setFigureRetired(staff, figureId, isRetired);
  if (result.ok) revalidateFigurePages();
  const outcome = !result.ok ? "gagal" : isRetired ? "dipensiunkan" : "dipulihkan";
  redirect(withNotice(figurePath(figureId, locale), "figure", outcome));
}
