"use server";

import { revalidatePath } from "@/lib/cache/revalidate-pages";
import { redirect } from "next/navigation";
import { requireStaff, requireUser } from "@/lib/auth/session";
import type { ListingKind } from "@/lib/generated/prisma/enums";
import { getPathname } from "@/lib/i18n/navigation";
import { readFormLocale, routing } from "@/lib/i18n/routing";
import { revalidateListingPages } from "@/lib/listings/revalidate-listing";
import { discardStoredFile, readFileFromForm, storeEvidenceUpload } from "@/lib/uploads/store-upload";
import type { UploadError } from "@/lib/uploads/upload-errors";
import {
  applyForCertification,
  changeCertificationStatus,
  createCertificationAsStaff,
  editCertificationDetails,
  markCertificationChecked,
  type CertificationChangeResult,
} from "./lifecycle";
import { certificationApplicationSchema, type CertificationField } from "./schemas";
import { readFields, readText } from "@/lib/forms/text";
import { invalidForm, type FormState } from "@/lib/forms/form-state";
import { withNotice } from "@/lib/forms/notices";
import { recordPath } from "@/lib/forms/redirect-target";
import { readInboxReturnField, returnToInbox } from "@/lib/inbox/return-to-inbox";
import { localeRoutePath, routes } from "@/lib/site/routes";

/**
 * formError "conflict": someone changed the certification after this form was opened (reload and decide again);
 * "refused": not allowed (any more): not a manager of the listing, no such row, or a step that is not allowed.
 */
export type CertificationFormState = FormState<CertificationField, "conflict" | "refused"> & {
  /** Key in "Uploads.errors" when the evidence file was refused (that namespace takes the size limit). */
  uploadError?: UploadError;
};

/**
 * Public pages showing the certificate: the listing's profile (cached, docs/decisions/004) in both languages,
 * the certificate's own page, the certified list and the home page's certified picks. Internal paths carry the
 * locale.
 */
function revalidateCertificationPages(listing: { kind: ListingKind; slug: string }, certificationId: string) {
  revalidateListingPages(listing);
  for (const locale of routing.locales) {
    revalidatePath(localeRoutePath(locale, routes.certification(certificationId)));
    revalidatePath(localeRoutePath(locale, routes.certifications));
  }
}

function toFormState(
  result: Extract<CertificationChangeResult, { ok: false }>,
  values: Partial<Record<CertificationField, string>>,
): CertificationFormState {
  if (result.reason === "conflict") return { formError: "conflict", values };
  if (result.reason === "invalid") return { fieldErrors: result.fieldErrors, values };
  return { formError: "refused", values };
}

const certificationPath = (certificationId: string, locale: string) =>
  getPathname({ href: recordPath(routes.admin.certifications, certificationId), locale });

const applicationKeys = ["listingId", "typeId", "issuerName", "number", "issuedOn", "expiresOn"] as const;

/** An owner applies for (records) a certification of a listing they manage; the evidence file is optional. */
export async function applyForCertificationAction(
  _previous: CertificationFormState,
  formData: FormData,
): Promise<CertificationFormState> {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const values = readFields(formData, applicationKeys);
  // Checked before the file is stored, so a form with mistakes leaves no upload behind.
  const parsed = certificationApplicationSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);

  let evidenceFileId: string | undefined;
  const file = readFileFromForm(formData, "evidence");
  if (file) {
    const stored = await storeEvidenceUpload(file, { uploaderId: user.id });
    if (!stored.ok) return { uploadError: stored.error, values };
    evidenceFileId = stored.fileId;
  }
  const result = await applyForCertification(user, { ...values, evidenceFileId });
  if (!result.ok) {
    if (evidenceFileId) await discardStoredFile(evidenceFileId);
    return toFormState(result, values);
  }
  revalidateCertificationPages(result.listing, result.certificationId);
  redirect(
    withNotice(getPathname({ href: routes.account.certifications, locale }), "accountCertifications", "diajukan"),
  );
}

/** Application steps that send an official opened from the inbox back to it, and what its notice says. */
const inboxOutcomeOfStep = { IN_REVIEW: "inReview", CERTIFIED: "certified", REJECTED: "rejected" } as const;

const statusChangeKeys = ["to", "note", "number", "issuedOn", "expiresOn", "expectedUpdatedAt"] as const;

export async function changeCertificationStatusAction(
  _previous: CertificationFormState,
  formData: FormData,
): Promise<CertificationFormState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const certificationId = readText(formData, "certificationId");
  const values = readFields(formData, statusChangeKeys);
  const result = await changeCertificationStatus(staff, certificationId, values);
  if (!result.ok) return toFormState(result, values);
  revalidateCertificationPages(result.listing, result.certificationId);
  const inboxReturn = readInboxReturnField(formData);
  const inboxOutcome = inboxOutcomeOfStep[values.to as keyof typeof inboxOutcomeOfStep];
  if (inboxReturn && inboxOutcome) {
    const item = { kind: "CERTIFICATION", id: result.certificationId } as const;
    // "In review" is a step, not the end: the application stays in the inbox with its official.
    await returnToInbox(locale, inboxReturn, item, inboxOutcome, { isStillWaiting: values.to === "IN_REVIEW" });
  }
  redirect(withNotice(certificationPath(result.certificationId, locale), "certification", "status"));
}

const staffCreateKeys = ["listingId", "typeId", "issuerName", "number", "issuedOn", "expiresOn", "note"] as const;

export async function createCertificationAsStaffAction(
  _previous: CertificationFormState,
  formData: FormData,
): Promise<CertificationFormState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const values = readFields(formData, staffCreateKeys);
  const result = await createCertificationAsStaff(staff, values);
  if (!result.ok) return toFormState(result, values);
  revalidateCertificationPages(result.listing, result.certificationId);
  redirect(withNotice(certificationPath(result.certificationId, locale), "certification", "dibuat"));
}

const detailKeys = ["issuerName", "number", "issuedOn", "expiresOn", "expectedUpdatedAt"] as const;

export async function editCertificationDetailsAction(
  _previous: CertificationFormState,
  formData: FormData,
): Promise<CertificationFormState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const certificationId = readText(formData, "certificationId");
  const values = readFields(formData, detailKeys);
  const result = await editCertificationDetails(staff, certificationId, values);
  if (!result.ok) return toFormState(result, values);
  revalidateCertificationPages(result.listing, result.certificationId);
  redirect(withNotice(certificationPath(result.certificationId, locale), "certification", "diubah"));
}

export async function markCertificationCheckedAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const certificationId = readText(formData, "certificationId");
  const result = await markCertificationChecked(staff, certificationId);
  if (result.ok) revalidateCertificationPages(result.listing, result.certificationId);
  redirect(withNotice(certificationPath(certificationId, locale), "certification", result.ok ? "dicek" : "gagal"));
}
