import type { FormState } from "@/lib/forms/form-state";
import type { ListingFormState } from "./listing-content";
import type { SimilarListing } from "./find-similar-listings";

/**
 * What the listing form's server actions answer: per-control message keys ("ListingForm.errors"; a control's key
 * such as "facts.capacity"), what was typed, possible duplicates.
 */
export type ListingFormActionState = FormState<string, "kindInvalid" | "invalid", ListingFormState> & {
  possibleDuplicates?: SimilarListing[];
  /** Logo, cover and photos already uploaded with an earlier answer (kept private, sent back to keep them). */
  pendingMedia?: { logoFileId?: string; coverFileId?: string; photoFileIds: string[] };
};
