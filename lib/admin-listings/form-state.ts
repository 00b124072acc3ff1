import type { ListingFormActionState } from "@/lib/listings/form-state";

/** One field that differs between what the editor submitted and what is stored now. */
export type ListingConflictChange = { field: string; yours: string; saved: string };

/** What the staff listing form's actions answer: the owner form's answer plus the staff-only fields. */
export type AdminListingFormState = ListingFormActionState & {
  /** The staff-only controls as they were posted. */
  staffForm?: Record<string, string>;
  /** Someone saved the listing after this editor loaded it: nothing was written. */
  conflict?: { savedVersion: number; changes: ListingConflictChange[] };
};
