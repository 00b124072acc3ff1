"use server";

import { routes } from "@/lib/site/routes";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getPathname } from "@/lib/i18n/navigation";
import { readFormLocale } from "@/lib/i18n/routing";
import { revalidateListingPages } from "./revalidate-listing";
import { getManagedListingKind } from "./managed-queries";
import { discardStoredFile, readFileFromForm, storeImageUpload } from "@/lib/uploads/store-upload";
import { findUnusedUploads } from "@/lib/uploads/unused-uploads";
import { confirmListingData } from "./confirm-listing-data";
import { findSimilarListings } from "./find-similar-listings";
import type { ListingFormActionState } from "./form-state";
import { readListingForm, toListingFieldErrors } from "./listing-content";
import { proposeNewListing } from "./new-listings";
import { proposeListingChanges } from "./revisions";
import { getLocatedListingContentSchema } from "./located-content-schema";
import { listingKindSchema } from "./schemas";
import type { ListingMedia } from "./revision-changes";
import type { ListingKind } from "@/lib/generated/prisma/enums";
import { readText } from "@/lib/forms/text";
import { asFieldErrors } from "@/lib/forms/form-state";
import { withNotice } from "@/lib/forms/notices";
import { recordPath } from "@/lib/forms/redirect-target";

export async function confirmListingDataAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const listingId = readText(formData, "listingId");
  const confirmed = listingId ? await confirmListingData(user, listingId) : null;
  if (confirmed) {
    // Cached pages show the last-verified date (docs/decisions/004): show the new one at once.
    revalidateListingPages(confirmed);
  }
  redirect(
    withNotice(getPathname({ href: routes.account.home, locale }), "account", confirmed ? "terkonfirmasi" : "ditolak"),
  );
}

const managedListingPath = (listingId: string, locale: string) =>
  getPathname({ href: recordPath(routes.account.listings, listingId, routes.account.home), locale });

function parseListingForm(formData: FormData, kind: ListingKind) {
  const { input, form } = readListingForm(formData, kind);
  const parsed = getLocatedListingContentSchema(kind).safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      state: { fieldErrors: asFieldErrors(toListingFieldErrors(parsed.error.issues, input)), values: form },
    } as const;
  return { ok: true, content: parsed.data, form } as const;
}

const MAX_PHOTOS_PER_SAVE = 6;

/**
 * The optional new logo, cover and photos, each validated by its bytes and stored private until staff approve the
 * change, and the cover or photos ticked for removal. If one file is refused, the others stored with it are
 * discarded again.
 */
async function storeMediaFromForm(formData: FormData, uploaderId: string) {
  const removedPhotoIds = formData
    .getAll("removePhotoIds")
    .filter((value): value is string => typeof value === "string");
  const photos = formData.getAll("photos").filter((value): value is File => value instanceof File && value.size > 0);
  if (photos.length > MAX_PHOTOS_PER_SAVE) return { ok: false, field: "photos", error: "tooManyPhotos" } as const;
  const stored: string[] = [];
  const discardAll = () => Promise.all(stored.map((fileId) => discardStoredFile(fileId)));
  const logo = readFileFromForm(formData, "logo");
  let logoFileId: string | undefined;
  if (logo) {
    const result = await storeImageUpload(logo, { purpose: "logo", uploaderId });
    if (!result.ok) return { ok: false, field: "logo", error: result.error } as const;
    logoFileId = result.fileId;
    stored.push(result.fileId);
  }
  const cover = readFileFromForm(formData, "cover");
  let coverFileId: string | undefined;
  if (cover) {
    const result = await storeImageUpload(cover, { purpose: "cover", uploaderId });
    if (!result.ok) {
      await discardAll();
      return { ok: false, field: "cover", error: result.error } as const;
    }
    coverFileId = result.fileId;
    stored.push(result.fileId);
  }
  for (const photo of photos) {
    const result = await storeImageUpload(photo, { purpose: "photo", uploaderId });
    if (!result.ok) {
      await discardAll();
      return { ok: false, field: "photos", error: result.error } as const;
    }
    stored.push(result.fileId);
  }
  const media: ListingMedia = {
    logoFileId,
    ...(coverFileId ? { coverFileId } : formData.get("removeCover") === "1" ? { removeCover: true } : {}),
    photoFileIds: stored.filter((id) => id !== logoFileId && id !== coverFileId),
    removedPhotoIds,
  };
  return { ok: true, media, discardAll } as const;
}

type PendingMedia = { logoFileId?: string; coverFileId?: string; photoFileIds: string[] };

/**
 * The logo, cover and photos uploaded with an earlier answer of this form (the duplicate warning, a field error):
 * only private files this person uploaded that nothing uses yet, so no one can attach another person's file by its
 * id. One file serves one role only.
 */
async function readPendingMedia(formData: FormData, uploaderId: string): Promise<PendingMedia> {
  const logoId = readText(formData, "pendingLogoFileId");
  const coverId = readText(formData, "pendingCoverFileId");
  const photoIds = formData.getAll("pendingPhotoFileIds").filter((value): value is string => typeof value === "string");
  const ids = [...new Set([logoId, coverId, ...photoIds].filter(Boolean))].slice(0, MAX_PHOTOS_PER_SAVE + 2);
  if (ids.length === 0) return { photoFileIds: [] };
  const usable = new Set(await findUnusedUploads(uploaderId, ids));
  return {
    ...(usable.has(logoId) ? { logoFileId: logoId } : {}),
    ...(usable.has(coverId) && coverId !== logoId ? { coverFileId: coverId } : {}),
    photoFileIds: photoIds.filter((id) => id !== logoId && id !== coverId && usable.has(id)),
  };
}

/**
 * File inputs come back empty after any answer from the server, so what was attached is uploaded now (private,
 * as on submit) and handed back with the answer; a newly chosen logo or cover replaces the kept one.
 */
async function keepMediaForNextAnswer(formData: FormData, uploaderId: string, pending: PendingMedia) {
  const stored = await storeMediaFromForm(formData, uploaderId);
  if (!stored.ok) return stored;
  const photoFileIds = [...pending.photoFileIds, ...(stored.media.photoFileIds ?? [])];
  if (photoFileIds.length > MAX_PHOTOS_PER_SAVE) {
    await stored.discardAll();
    return { ok: false, field: "photos", error: "tooManyPhotos" } as const;
  }
  if (stored.media.logoFileId && pending.logoFileId) await discardStoredFile(pending.logoFileId);
  if (stored.media.coverFileId && pending.coverFileId) await discardStoredFile(pending.coverFileId);
  const logoFileId = stored.media.logoFileId ?? pending.logoFileId;
  const coverFileId = stored.media.coverFileId ?? pending.coverFileId;
  const media: PendingMedia = {
    ...(logoFileId ? { logoFileId } : {}),
    ...(coverFileId ? { coverFileId } : {}),
    photoFileIds,
  };
  return { ok: true, media } as const;
}

// Authorization: any signed-in person may propose a listing; it stays pending (not public) until staff approve.
export async function proposeNewListingAction(
  _previous: ListingFormActionState,
  formData: FormData,
): Promise<ListingFormActionState> {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const kind = listingKindSchema.safeParse(readText(formData, "kind"));
  if (!kind.success) return { formError: "kindInvalid" };
  const pending = await readPendingMedia(formData, user.id);
  const parsed = parseListingForm(formData, kind.data);
  if (!parsed.ok) {
    const kept = await keepMediaForNextAnswer(formData, user.id, pending);
    if (!kept.ok)
      return {
        ...parsed.state,
        fieldErrors: { ...parsed.state.fieldErrors, [kept.field]: [kept.error] },
        pendingMedia: pending,
      };
    return { ...parsed.state, pendingMedia: kept.media };
  }
  const { content, form } = parsed;
  if (formData.get("confirmNotDuplicate") !== "1") {
    const possibleDuplicates = await findSimilarListings(kind.data, content.nameIndonesian);
    if (possibleDuplicates.length > 0) {
      const kept = await keepMediaForNextAnswer(formData, user.id, pending);
      if (!kept.ok) return { fieldErrors: { [kept.field]: [kept.error] }, values: form, pendingMedia: pending };
      return { possibleDuplicates, values: form, pendingMedia: kept.media };
    }
  }
  const kept = await keepMediaForNextAnswer(formData, user.id, pending);
  if (!kept.ok) return { fieldErrors: { [kept.field]: [kept.error] }, values: form, pendingMedia: pending };
  const result = await proposeNewListing(user, kind.data, content, kept.media);
  if (!result.ok)
    return { fieldErrors: { primarySubsectorId: [result.error] }, values: form, pendingMedia: kept.media };
  redirect(withNotice(managedListingPath(result.listingId, locale), "managedListing", "diajukan"));
}

// Authorization: only a manager of the listing (scoped in getManagedListingKind and again in proposeListingChanges).
export async function saveListingChangesAction(
  _previous: ListingFormActionState,
  formData: FormData,
): Promise<ListingFormActionState> {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const listingId = readText(formData, "listingId");
  const kind = await getManagedListingKind(user.id, listingId);
  if (!kind) redirect(getPathname({ href: routes.account.home, locale }));
  const parsed = parseListingForm(formData, kind);
  if (!parsed.ok) return parsed.state;
  const stored = await storeMediaFromForm(formData, user.id);
  if (!stored.ok) return { fieldErrors: { [stored.field]: [stored.error] }, values: parsed.form };
  const result = await proposeListingChanges(user, listingId, parsed.content, stored.media);
  if (!result.ok) {
    await stored.discardAll();
    if (result.error === "subsectorUnknown")
      return { fieldErrors: { primarySubsectorId: [result.error] }, values: parsed.form };
    if (result.error === "photoLimit") return { fieldErrors: { photos: [result.error] }, values: parsed.form };
    redirect(getPathname({ href: routes.account.home, locale }));
  }
  // Uploads the applied change no longer uses (a replaced, never public logo or cover; removed photos of a proposal).
  for (const fileId of result.supersededFileIds) await discardStoredFile(fileId);
  const hasil = result.outcome === "revisionPending" ? "revisi" : "usulan";
  redirect(withNotice(managedListingPath(listingId, locale), "managedListing", hasil));
}
