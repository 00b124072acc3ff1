import type { ListingKind } from "@/lib/generated/prisma/enums";

/** The directory path of each kind (the same Indonesian path in both languages). */
export const listingKindPaths: Record<ListingKind, string> = {
  STARTUP_STUDIO: "startup",
  CREATIVE_BUSINESS: "usaha",
  COMMUNITY: "komunitas",
  COWORKING: "coworking",
  CAMPUS: "kampus",
};

export const listingKinds = Object.keys(listingKindPaths) as ListingKind[];

export function getListingPath(listing: { kind: ListingKind; slug: string }): string {
  return `/${listingKindPaths[listing.kind]}/${listing.slug}`;
}

const kindsByPath = new Map(Object.entries(listingKindPaths).map(([kind, path]) => [path, kind as ListingKind]));

/** The kind whose directory lives at this path segment, or null for any other segment. */
export function getListingKindByPath(path: string): ListingKind | null {
  return kindsByPath.get(path) ?? null;
}
