import type { ListingFormState } from "./listing-content";
import type { SimilarListing } from "./find-similar-listings";

/** What the listing form's server actions answer: per-control error keys, what was typed, possible duplicates. */
export type ListingFormActionState = {
  fieldErrors?: Record<string, string>;
  form?: ListingFormState;
  possibleDuplicates?: SimilarListing[];
  /** Logo and photos already uploaded with an earlier answer (kept private, sent back to keep them). */
  pendingMedia?: { logoFileId?: string; photoFileIds: string[] };
};
