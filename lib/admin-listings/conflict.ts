import { diffListingContent } from "@/lib/listings/listing-content";
import type { ListingContent } from "@/lib/listings/schemas";
import { staffFieldNames, toStaffFormValues, type StaffListingFields } from "./schemas";
import type { ListingConflictChange } from "./form-state";

type Version = { content: ListingContent; staff: StaffListingFields };

/**
 * Field by field, where the editor's version and the stored one differ: content first (as the reviewer's diff
 * spells it), then the staff-only fields as the form shows them ("1"/"" for yes/no).
 */
export function diffConflictingVersions(yours: Version, saved: Version): ListingConflictChange[] {
  const changes: ListingConflictChange[] = diffListingContent(yours.content, saved.content).map((change) => ({
    field: change.field,
    yours: change.before,
    saved: change.after,
  }));
  const yourStaff = toStaffFormValues(yours.staff);
  const savedStaff = toStaffFormValues(saved.staff);
  for (const field of staffFieldNames) {
    if (yourStaff[field] !== savedStaff[field])
      changes.push({ field, yours: yourStaff[field] ?? "", saved: savedStaff[field] ?? "" });
  }
  return changes;
}
