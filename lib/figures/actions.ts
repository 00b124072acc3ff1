"use server";

import { revalidatePath } from "@/lib/cache/revalidate-pages";
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/session";
import { getPathname } from "@/lib/i18n/navigation";
import { readFormLocale } from "@/lib/i18n/routing";
import { createFigure, setFigureRetired, updateFigure, type FigureChangeResult } from "./manage-figures";
import { figureFields, type FigureFieldErrors } from "./schemas";
import { readText } from "@/lib/forms/text";
import { recordPath } from "@/lib/forms/redirect-target";
import { routes } from "@/lib/site/routes";

export type FigureFormState = {
  fieldErrors?: FigureFieldErrors;
  values?: Record<string, string>;
  /** Someone changed the figure after this form was opened: reload and edit again. */
  isConflict?: boolean;
  /** No such figure (any more), or not allowed. */
  isRefused?: boolean;
};

const readFigureValues = (formData: FormData) =>
  Object.fromEntries(figureFields.map((field) => [field, readText(formData, field)])) as Record<
    (typeof figureFields)[number],
    string
  >;

// The home page shows headline figures (cached, docs/decisions/004); /statistik reads them live.
function revalidateFigurePages() {
  revalidatePath("/[locale]", "page");
}

function toFormState(result: Extract<FigureChangeResult, { ok: false }>, values: Record<string, string>) {
  if (result.reason === "conflict") return { isConflict: true, values };
  if (result.reason === "invalid") return { fieldErrors: result.fieldErrors, values };
  return { isRefused: true, values };
}

export async function createFigureAction(_previous: FigureFormState, formData: FormData): Promise<FigureFormState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const values = readFigureValues(formData);
  const result = await createFigure(staff, values);
  if (!result.ok) return toFormState(result, values);
  revalidateFigurePages();
  redirect(`${getPathname({ href: recordPath(routes.admin.figures, result.figureId), locale })}?hasil=dibuat`);
}

export async function updateFigureAction(_previous: FigureFormState, formData: FormData): Promise<FigureFormState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const figureId = readText(formData, "figureId");
  const values = readFigureValues(formData);
  const result = await updateFigure(staff, figureId, {
    ...values,
    expectedUpdatedAt: readText(formData, "expectedUpdatedAt"),
  });
  if (!result.ok) return toFormState(result, values);
  revalidateFigurePages();
  redirect(`${getPathname({ href: recordPath(routes.admin.figures, figureId), locale })}?hasil=diubah`);
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
  redirect(`${getPathname({ href: recordPath(routes.admin.figures, figureId), locale })}?hasil=${outcome}`);
}
