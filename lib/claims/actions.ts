"use server";

import { requireUser } from "@/lib/auth/session";
import { readFormLocale } from "@/lib/i18n/routing";
import { discardStoredFile, readFileFromForm, storeEvidenceUpload } from "@/lib/uploads/store-upload";
import { claimSchema } from "./schemas";
import { submitClaim } from "./submit-claim";
import { readFields } from "@/lib/forms/text";
import { invalidForm, type FormState } from "@/lib/forms/form-state";

/** Message keys of "OwnerListing.errors"; formError keys of "OwnerListing.claimErrors". */
export type ClaimFormState = FormState<
  "relation" | "proofUrl" | "proofFile",
  "notFound" | "alreadyManager" | "alreadyPending",
  { relation: string; proofUrl: string }
> & { isSent?: boolean };

// Authorization: any signed-in person may ask; submitClaim only accepts published listings they do not manage,
// and a claim grants nothing until staff approve it.
export async function submitClaimAction(_previous: ClaimFormState, formData: FormData): Promise<ClaimFormState> {
  const user = await requireUser(readFormLocale(formData));
  const { listingId, ...values } = readFields(formData, ["listingId", "relation", "proofUrl"]);
  const parsed = claimSchema.safeParse({ listingId, ...values });
  if (!parsed.success) return invalidForm(parsed.error, values);
  const proof = readFileFromForm(formData, "proofFile");
  const stored = proof ? await storeEvidenceUpload(proof, { uploaderId: user.id }) : null;
  if (stored && !stored.ok) return { fieldErrors: { proofFile: [stored.error] }, values };
  const proofFileId = stored?.ok ? stored.fileId : undefined;
  const result = await submitClaim(user, parsed.data, proofFileId);
  if (!result.ok) {
    if (proofFileId) await discardStoredFile(proofFileId);
    return { formError: result.error, values };
  }
  return { isSent: true };
}
