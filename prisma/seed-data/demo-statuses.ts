import type { ListingStatus } from "../../lib/generated/prisma/enums";

// A few sample listings are seeded in the states the public never sees, so the demo (and its tests) show that
// drafts, pending, inactive and archived entries stay off the public pages. Every other listing is published.
export const unpublishedSampleStatuses: Record<string, Exclude<ListingStatus, "PUBLISHED">> = {
  "kriya-kulit-dinoyo-jaya-contoh": "DRAFT",
  "teknologi-welirang-contoh": "PENDING_REVIEW",
  "klub-musisi-welirang-contoh": "INACTIVE",
  "teknologi-panderman-contoh": "ARCHIVED",
};
