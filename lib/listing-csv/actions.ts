"use server";

import { revalidatePath } from "@/lib/cache/revalidate-pages";
import { requireStaff } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/credentials";
import { readFormLocale } from "@/lib/i18n/routing";
import { revalidateListingPages } from "@/lib/listings/revalidate-listing";
import { readFileFromForm } from "@/lib/uploads/store-upload";
import { applyListingImport } from "./apply-import";
import { decodeImportPayload, encodeImportPayload } from "./import-payload";
import { planListingImport, readImportFile, type ImportPlan } from "./plan-import";
import { readText } from "@/lib/forms/text";
import type { FormState } from "@/lib/forms/form-state";

export type ListingImportState = FormState<
  never,
  "noFile" | "payloadInvalid" | "rowsInvalid" | "planChanged" | "conflict" | "writeFailed"
> & {
  plan?: ImportPlan;
  /** The checked file, carried to the confirm step (lib/listing-csv/import-payload.ts); only when it can be applied. */
  payload?: string;
  fileName?: string;
  result?: { created: number; updated: number; unchanged: number; skipped: number };
};

const isApplicable = (plan: ImportPlan) => plan.ok && plan.counts.invalid === 0;

// Both steps: staff or admin only (requireStaff), checked before the file is read; the data functions check again.
export async function listingImportAction(
  _previous: ListingImportState,
  formData: FormData,
): Promise<ListingImportState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  return formData.get("intent") === "apply" ? applyStep(staff, formData) : planStep(staff, formData);
}

async function planStep(staff: SessionUser, formData: FormData): Promise<ListingImportState> {
  const file = readFileFromForm(formData, "file");
  if (!file) return { formError: "noFile" };
  const read = await readImportFile(new Uint8Array(await file.arrayBuffer()));
  if (!read.ok) return { plan: { ok: false, error: read.error }, fileName: file.name };
  const plan = await planListingImport(staff, read.text);
  return {
    plan,
    fileName: file.name,
    payload: isApplicable(plan) ? encodeImportPayload(read.text) : undefined,
  };
}

async function applyStep(staff: SessionUser, formData: FormData): Promise<ListingImportState> {
  const payload = readText(formData, "payload");
  const fileText = decodeImportPayload(payload);
  if (fileText === null) return { formError: "payloadInvalid" };
  const fileName = readText(formData, "fileName").slice(0, 200);
  const createAnyway = formData
    .getAll("createAnyway")
    .map((value) => Number(value))
    .filter((value) => Number.isInteger(value) && value > 1);
  let result;
  try {
    result = await applyListingImport(staff, { text: fileText, digest: readText(formData, "digest"), createAnyway });
  } catch (error) {
    console.error("[listing-csv] the import failed and was rolled back", error);
    return { formError: "writeFailed", fileName };
  }
  if (!result.ok) {
    const error = result.error === "fileInvalid" ? "rowsInvalid" : result.error;
    return { formError: error, plan: result.plan, fileName, payload: isApplicable(result.plan) ? payload : undefined };
  }
  if (result.listings.length > 0) {
    // One profile at a time for a few listings; for a large import every cached profile at once.
    if (result.listings.length <= 20) for (const listing of result.listings) revalidateListingPages(listing);
    else {
      revalidateListingPages(result.listings[0]!);
      revalidatePath("/[locale]/[kind]/[slug]", "page");
    }
  }
  const { created, updated, unchanged, skipped } = result;
  return { result: { created, updated, unchanged, skipped } };
}
