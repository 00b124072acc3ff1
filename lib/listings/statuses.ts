import { ListingStatus } from "@/lib/generated/prisma/enums";

/** Every status a listing can have, in the order the staff filter and the CSV documentation list them. */
export const listingStatuses: readonly ListingStatus[] = Object.values(ListingStatus);
