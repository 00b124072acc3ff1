"use server";

import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { readFormLocale } from "@/lib/i18n/routing";
import { discardStoredFile, readFileFromForm, storeEvidenceUpload } from "@/lib/uploads/store-upload";
import { claimSchema } from "./schemas";
import { submitClaim } from "./submit-claim";
import { readText } from "@/lib/forms/text";

export type ClaimFormState = {
  fieldErrors?: { relation?: string[]; proofUrl?: string[]; proofFile?: string[] };
  values?: { relation: string; proofUrl: string };
  error?: "notFound" | "alreadyManager" | "alreadyPending";
  isSent?: boolean;
};

// Authorization: any signed-in person may ask; submitClaim only accepts published listings they do not manage,
// and a claim grants nothing until staff approve it.
export async function submitClaimAction(_previous: ClaimFormState, formData: FormData): Promise<ClaimFormState> {
  const user = await requireUser(readFormLocale(formData));
  const values = { relation: readText(formData, "relation"), proofUrl: readText(formData, "proofUrl") };
  const parsed = claimSchema.safeParse({ listingId: readText(formData, "listingId"), ...values });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  const proof = readFileFromForm(formData, "proofFile");
  const stored = proof ? await storeEvidenceUpload(proof, { uploaderId: user.id }) : null;
  if (stored && !stored.ok) return { fieldErrors: { proofFile: [stored.error] }, values };
  const proofFileId = stored?.ok ? stored.fileId : undefined;
  const result = await submitClaim(user, parsed.data, proofFileId);
  if (!result.ok) {
    if (proofFileId) await discardStoredFile(proofFileId);
    return { error: result.error, values };
  }
  return { isSent: true };
}
