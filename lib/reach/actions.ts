"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "@/lib/cache/revalidate-pages";
import { requireStaff, requireUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/credentials";
import { getPathname } from "@/lib/i18n/navigation";
import { readFormLocale } from "@/lib/i18n/routing";
import { readFields, readText, readTexts } from "@/lib/forms/text";
import type { FormState } from "@/lib/forms/form-state";
import { withNotice } from "@/lib/forms/notices";
import { recordPath } from "@/lib/forms/redirect-target";
import { readFileFromForm } from "@/lib/uploads/store-upload";
import { decodeImportPayload, encodeImportPayload } from "@/lib/listing-csv/import-payload";
import { revalidateListingPages } from "@/lib/listings/revalidate-listing";
import { setListingActorType } from "@/lib/listings/actor-type";
import { confirmFieldGroups } from "@/lib/listings/field-checks";
import { setContactConsent } from "@/lib/accounts/contact-consent";
import type { ListingFieldGroup } from "@/lib/generated/prisma/enums";
import { applySupportImport, planSupportImport, recordSupport, type SupportImportPlan } from "./record-support";
import { supportRecordFields, type SupportFormValues, type SupportRecordField } from "./schemas";
import { supportFileToCsvText } from "./support-file";
import { routes } from "@/lib/site/routes";

export type SupportFormState = FormState<SupportRecordField, never, SupportFormValues>;

/** Staff record one support by hand; back to the reach views, which count it at once. */
export async function recordSupportAction(_previous: SupportFormState, formData: FormData): Promise<SupportFormState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const values = readFields(formData, supportRecordFields);
  const result = await recordSupport(staff, values);
  if (!result.ok) return { fieldErrors: result.fieldErrors, values };
  revalidatePath("/[locale]/statistik", "page");
  redirect(withNotice(getPathname({ href: routes.admin.reach, locale }), "reach", "dicatat"));
}

export type SupportImportState = FormState<
  never,
  "noFile" | "payloadInvalid" | "rowsInvalid" | "planChanged" | "empty"
> & {
  plan?: SupportImportPlan;
  payload?: string;
  fileName?: string;
  created?: number;
};

/** Upload → dry run → confirm, as the listing import (lib/listing-csv/actions.ts). Staff and admin only. */
export async function supportImportAction(
  _previous: SupportImportState,
  formData: FormData,
): Promise<SupportImportState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  return formData.get("intent") === "apply" ? applyImportStep(staff, formData) : planImportStep(staff, formData);
}

async function planImportStep(staff: SessionUser, formData: FormData): Promise<SupportImportState> {
  const file = readFileFromForm(formData, "file");
  if (!file) return { formError: "noFile" };
  const fileName = file.name.slice(0, 200);
  const read = await supportFileToCsvText(file.name, new Uint8Array(await file.arrayBuffer()));
  if (!read.ok) return { plan: read, fileName };
  const plan = await planSupportImport(staff, read.text);
  const isApplicable = plan.ok && plan.invalid === 0 && plan.valid > 0;
  return { plan, fileName, payload: isApplicable ? encodeImportPayload(read.text) : undefined };
}

async function applyImportStep(staff: SessionUser, formData: FormData): Promise<SupportImportState> {
  const text = decodeImportPayload(readText(formData, "payload"));
  if (text === null) return { formError: "payloadInvalid" };
  const fileName = readText(formData, "fileName").slice(0, 200);
  const result = await applySupportImport(staff, text, readText(formData, "digest"));
  if (!result.ok) {
    return { formError: result.error === "fileInvalid" ? "rowsInvalid" : result.error, plan: result.plan, fileName };
  }
  revalidatePath("/[locale]/statistik", "page");
  return { created: result.created };
}

/** Staff set a listing's penta-helix role from its admin page. */
export async function setActorTypeAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const listingId = readText(formData, "listingId");
  const listing = await setListingActorType(staff, listingId, readText(formData, "actorType"));
  if (listing) {
    revalidateListingPages(listing);
    revalidatePath("/[locale]/statistik", "page");
  }
  const path = getPathname({ href: recordPath(routes.admin.listings, listingId), locale });
  redirect(
    listing ? withNotice(path, "adminListingReach", "peran-disimpan") : withNotice(path, "adminListing", "gagal"),
  );
}

/** Staff confirm the ticked groups of a listing's fields. */
export async function confirmFieldGroupsAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const listingId = readText(formData, "listingId");
  const groups = readTexts(formData, "group") as ListingFieldGroup[];
  const listing = await confirmFieldGroups(staff, listingId, groups);
  if (listing) revalidateListingPages(listing);
  const path = getPathname({ href: recordPath(routes.admin.listings, listingId), locale });
  redirect(listing ? withNotice(path, "adminListingReach", "diperiksa") : withNotice(path, "adminListing", "gagal"));
}

/** An account holder turns the consent to be contacted about programmes on or off (in /akun). */
export async function setContactConsentAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const mayContact = readText(formData, "mayContact") === "1";
  await setContactConsent(user, mayContact);
  redirect(
    withNotice(
      getPathname({ href: routes.account.home, locale }),
      "accountContact",
      mayContact ? "kontak-diizinkan" : "kontak-ditolak",
    ),
  );
}
