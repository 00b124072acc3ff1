"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireStaff } from "@/lib/auth/session";
import type { ListingKind } from "@/lib/generated/prisma/enums";
import { getPathname } from "@/lib/i18n/navigation";
import { readFormLocale } from "@/lib/i18n/routing";
import { readListingForm, toListingFieldErrors } from "@/lib/listings/listing-content";
import { revalidateListingPages } from "@/lib/listings/revalidate-listing";
import { getLocatedListingContentSchema } from "@/lib/listings/located-content-schema";
import { listingKindSchema } from "@/lib/listings/schemas";
import { discardStoredFile, readFileFromForm, storeImageUpload } from "@/lib/uploads/store-upload";
import { changeListingStatus } from "@/lib/listings/change-listing-status";
import { diffConflictingVersions } from "./conflict";
import type { AdminListingFormState } from "./form-state";
import { markListingVerified } from "@/lib/listings/mark-listing-verified";
import { getListingKindForStaff } from "./queries";
import { createListingAsStaff, saveListingAsStaff, type StaffListingMedia } from "./save-listing";
import {
  listingVersionSchema,
  newStaffListingFieldsSchema,
  readStaffListingForm,
  staffListingFieldsSchema,
} from "./schemas";
import { staffStatusChanges } from "@/lib/listings/transitions";
import { readText } from "@/lib/forms/text";
import { asFieldErrors, fieldErrorsOf } from "@/lib/forms/form-state";
import { withNotice } from "@/lib/forms/notices";
import { recordPath } from "@/lib/forms/redirect-target";
import { routes } from "@/lib/site/routes";

const editPath = (listingId: string, locale: string) =>
  getPathname({ href: recordPath(routes.admin.listings, listingId), locale });

/** Content and staff-only fields of a posted form, validated together so every error shows at once. */
function parseStaffListingForm<T>(
  formData: FormData,
  kind: ListingKind,
  staffSchema: z.ZodType<T, unknown>,
  options: { isNew: boolean },
) {
  const { input, form } = readListingForm(formData, kind);
  const staff = readStaffListingForm(formData, options);
  const content = getLocatedListingContentSchema(kind).safeParse(input);
  const fields = staffSchema.safeParse(staff.input);
  if (!content.success || !fields.success) {
    const fieldErrors = {
      ...(content.success ? {} : asFieldErrors(toListingFieldErrors(content.error.issues, input))),
      ...(fields.success ? {} : fieldErrorsOf(fields.error)),
    };
    return { ok: false, state: { fieldErrors, values: form, staffForm: staff.values } } as const;
  }
  return { ok: true, content: content.data, staff: fields.data, form, staffForm: staff.values } as const;
}

/**
 * The logo and cover chosen in the staff editor, stored private (published with the listing), and whether the
 * cover is to be taken down. If one file is refused, the other is discarded again: nothing is half-written.
 */
async function storeStaffMediaFromForm(formData: FormData, uploaderId: string) {
  const fields = [
    ["logo", "logo"],
    ["cover", "cover"],
  ] as const;
  const stored: Partial<Record<"logo" | "cover", string>> = {};
  for (const [field, purpose] of fields) {
    const file = readFileFromForm(formData, field);
    if (!file) continue;
    const result = await storeImageUpload(file, { purpose, uploaderId });
    if (!result.ok) {
      for (const fileId of Object.values(stored)) await discardStoredFile(fileId);
      return { ok: false, field, error: result.error } as const;
    }
    stored[field] = result.fileId;
  }
  const media: StaffListingMedia = {
    ...(stored.logo ? { logoFileId: stored.logo } : {}),
    ...(stored.cover
      ? { coverFileId: stored.cover }
      : formData.get("removeCover") === "1"
        ? { removeCover: true }
        : {}),
  };
  const discardAll = () => Promise.all(Object.values(stored).map((fileId) => discardStoredFile(fileId)));
  return { ok: true, media, discardAll } as const;
}

const errorField = {
  subsectorUnknown: "primarySubsectorId",
  slugTaken: "slug",
  externalIdTaken: "externalId",
} as const;

// Every action here: staff or admin only (requireStaff), checked before anything is read or written; the domain
// functions check the role again.
export async function createListingAction(
  _previous: AdminListingFormState,
  formData: FormData,
): Promise<AdminListingFormState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const kind = listingKindSchema.safeParse(readText(formData, "kind"));
  if (!kind.success) return { formError: "kindInvalid" };
  const parsed = parseStaffListingForm(formData, kind.data, newStaffListingFieldsSchema, { isNew: true });
  if (!parsed.ok) return parsed.state;
  const { form, staffForm } = parsed;
  const media = await storeStaffMediaFromForm(formData, staff.id);
  if (!media.ok) return { fieldErrors: { [media.field]: [media.error] }, values: form, staffForm };
  const result = await createListingAsStaff(staff, kind.data, parsed.content, parsed.staff, media.media);
  if (!result.ok) {
    await media.discardAll();
    return { fieldErrors: { [errorField[result.error]]: [result.error] }, values: form, staffForm };
  }
  if (result.status === "PUBLISHED") revalidateListingPages(result);
  redirect(withNotice(editPath(result.listingId, locale), "adminListing", "dibuat"));
}

export async function saveListingAction(
  _previous: AdminListingFormState,
  formData: FormData,
): Promise<AdminListingFormState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const listingId = readText(formData, "listingId");
  const kind = await getListingKindForStaff(staff, listingId);
  if (!kind) redirect(getPathname({ href: routes.admin.listings, locale }));
  const parsed = parseStaffListingForm(formData, kind, staffListingFieldsSchema, { isNew: false });
  if (!parsed.ok) return parsed.state;
  const { form, staffForm } = parsed;
  const version = listingVersionSchema.safeParse(readText(formData, "version"));
  if (!version.success) return { formError: "invalid", values: form, staffForm };
  const media = await storeStaffMediaFromForm(formData, staff.id);
  if (!media.ok) return { fieldErrors: { [media.field]: [media.error] }, values: form, staffForm };
  const result = await saveListingAsStaff(staff, listingId, version.data, parsed.content, parsed.staff, media.media);
  if (!result.ok) {
    await media.discardAll();
    if (result.error === "conflict") {
      const changes = diffConflictingVersions({ content: parsed.content, staff: parsed.staff }, result.saved);
      return { values: form, staffForm, conflict: { savedVersion: result.saved.version, changes } };
    }
    if (result.error === "notFound") redirect(getPathname({ href: routes.admin.listings, locale }));
    return { fieldErrors: { [errorField[result.error]]: [result.error] }, values: form, staffForm };
  }
  revalidateListingPages(result);
  if (result.previousSlug !== result.slug) revalidateListingPages({ kind: result.kind, slug: result.previousSlug });
  redirect(withNotice(editPath(listingId, locale), "adminListing", "disimpan"));
}

const statusChangeSchema = z.enum(staffStatusChanges);

export async function changeListingStatusAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const listingId = readText(formData, "listingId");
  const change = statusChangeSchema.safeParse(readText(formData, "change"));
  const result = change.success ? await changeListingStatus(staff, listingId, change.data) : null;
  if (result?.ok) revalidateListingPages(result);
  if (result && !result.ok && result.error === "notFound")
    redirect(getPathname({ href: routes.admin.listings, locale }));
  redirect(
    withNotice(editPath(listingId, locale), "adminListing", result?.ok && change.success ? change.data : "gagal"),
  );
}

export async function markListingVerifiedAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const listingId = readText(formData, "listingId");
  const result = await markListingVerified(staff, listingId);
  if (!result.ok) redirect(getPathname({ href: routes.admin.listings, locale }));
  revalidateListingPages(result);
  redirect(withNotice(editPath(listingId, locale), "adminListing", "terverifikasi"));
}
