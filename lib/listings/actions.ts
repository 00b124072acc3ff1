"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getPathname } from "@/lib/i18n/navigation";
import { readFormLocale } from "@/lib/i18n/routing";
import { revalidateListingPages } from "./revalidate-listing";
import { getManagedListingKind } from "@/lib/accounts/queries";
import { discardStoredFile, readFileFromForm, storeImageUpload } from "@/lib/uploads/store-upload";
import { confirmListingData } from "./confirm-listing-data";
import { findSimilarListings } from "./find-similar-listings";
import type { ListingFormActionState } from "./form-state";
import { readListingForm, toListingFieldErrors } from "./listing-content";
import { proposeNewListing } from "./propose-new-listing";
import { proposeListingChanges } from "./propose-revision";
import { getListingContentSchema, listingKindSchema } from "./schemas";
import type { ListingKind } from "@/lib/generated/prisma/enums";

export async function confirmListingDataAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const listingId = formData.get("listingId");
  const confirmed = typeof listingId === "string" ? await confirmListingData(user, listingId) : null;
  if (confirmed) {
    // Cached pages show the last-verified date (docs/decisions/004): show the new one at once.
    revalidateListingPages(confirmed);
  }
  redirect(`${getPathname({ href: "/akun", locale })}?hasil=${confirmed ? "terkonfirmasi" : "ditolak"}`);
}

function parseListingForm(formData: FormData, kind: ListingKind) {
  const { input, form } = readListingForm(formData, kind);
  const parsed = getListingContentSchema(kind).safeParse(input);
  if (!parsed.success)
    return { ok: false, state: { fieldErrors: toListingFieldErrors(parsed.error.issues, input), form } } as const;
  return { ok: true, content: parsed.data, form } as const;
}

/** The optional new logo, validated by its bytes and stored private until staff approve the change. */
async function storeLogoFromForm(formData: FormData, uploaderId: string) {
  const logo = readFileFromForm(formData, "logo");
  if (!logo) return { ok: true, logoFileId: undefined } as const;
  const stored = await storeImageUpload(logo, { purpose: "logo", uploaderId });
  return stored.ok ? ({ ok: true, logoFileId: stored.fileId } as const) : ({ ok: false, error: stored.error } as const);
}

// Authorization: any signed-in person may propose a listing; it stays pending (not public) until staff approve.
export async function proposeNewListingAction(
  _previous: ListingFormActionState,
  formData: FormData,
): Promise<ListingFormActionState> {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const kind = listingKindSchema.safeParse(formData.get("kind"));
  if (!kind.success) return { fieldErrors: { form: "kindInvalid" } };
  const parsed = parseListingForm(formData, kind.data);
  if (!parsed.ok) return parsed.state;
  const { content, form } = parsed;
  if (formData.get("confirmNotDuplicate") !== "1") {
    const possibleDuplicates = await findSimilarListings(kind.data, content.nameId);
    if (possibleDuplicates.length > 0) return { possibleDuplicates, form };
  }
  const logo = await storeLogoFromForm(formData, user.id);
  if (!logo.ok) return { fieldErrors: { logo: logo.error }, form };
  const result = await proposeNewListing(user, kind.data, content, logo.logoFileId);
  if (!result.ok) {
    if (logo.logoFileId) await discardStoredFile(logo.logoFileId);
    return { fieldErrors: { primarySubsectorId: result.error }, form };
  }
  redirect(`${getPathname({ href: `/akun/listing/${result.listingId}`, locale })}?hasil=diajukan`);
}

// Authorization: only a manager of the listing (scoped in getManagedListingKind and again in proposeListingChanges).
export async function saveListingChangesAction(
  _previous: ListingFormActionState,
  formData: FormData,
): Promise<ListingFormActionState> {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const listingId = String(formData.get("listingId") ?? "");
  const kind = await getManagedListingKind(user.id, listingId);
  if (!kind) redirect(getPathname({ href: "/akun", locale }));
  const parsed = parseListingForm(formData, kind);
  if (!parsed.ok) return parsed.state;
  const logo = await storeLogoFromForm(formData, user.id);
  if (!logo.ok) return { fieldErrors: { logo: logo.error }, form: parsed.form };
  const result = await proposeListingChanges(user, listingId, parsed.content, logo.logoFileId);
  if (!result.ok) {
    if (logo.logoFileId) await discardStoredFile(logo.logoFileId);
    if (result.error === "subsectorUnknown")
      return { fieldErrors: { primarySubsectorId: result.error }, form: parsed.form };
    redirect(getPathname({ href: "/akun", locale }));
  }
  const hasil = result.outcome === "revisionPending" ? "revisi" : "usulan";
  redirect(`${getPathname({ href: `/akun/listing/${listingId}`, locale })}?hasil=${hasil}`);
}
