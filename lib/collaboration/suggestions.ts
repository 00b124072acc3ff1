import type { Kecamatan } from "@/lib/generated/prisma/enums";

// Who fits a post is decided by the subsectors the post asks for (WANTED): for a need, the skills it looks for
// ("fotografi" for product photos); for an offer, who it is meant for ("kuliner" businesses for an animation
// workshop). The subsectors a post OFFERS describe the poster, so matching them would only suggest competitors.

export const FIT_POINTS = {
  mainSubsector: 100,
  otherSubsector: 60,
  certified: 30,
  sameKecamatan: 15,
  recentlyVerified: 10,
} as const;

/** Data confirmed within this many days counts as recently verified. */
export const RECENTLY_VERIFIED_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

export type PostForMatching = {
  wantedSubsectorIds: readonly string[];
  kecamatan: Kecamatan | null;
};

export type ListingForMatching = {
  id: string;
  primarySubsectorId: string;
  otherSubsectorIds: readonly string[];
  kecamatan: Kecamatan | null;
  hasValidCertification: boolean;
  lastVerifiedAt: Date | null;
};

/**
 * Why a listing fits, as an i18n key (namespace "Collaboration.reasons") and its values: the subsector that
 * matched, and the facts that moved it up the list. Rendered as one line.
 */
export type FitReason = {
  key: "mainSubsector" | "otherSubsector";
  params: {
    subsectorId: string;
    isCertified: boolean;
    sameKecamatan: Kecamatan | null;
    isRecentlyVerified: boolean;
  };
};

export type Fit = { score: number; reason: FitReason };

/** How well a listing fits a post, or null when none of its subsectors is one the post asks for. */
export function scoreFit(post: PostForMatching, listing: ListingForMatching, now: Date = new Date()): Fit | null {
  const isMain = post.wantedSubsectorIds.includes(listing.primarySubsectorId);
  const otherMatch = post.wantedSubsectorIds.find((id) => listing.otherSubsectorIds.includes(id));
  if (!isMain && !otherMatch) return null;

  const sameKecamatan = post.kecamatan && post.kecamatan === listing.kecamatan ? post.kecamatan : null;
  const isRecentlyVerified =
    listing.lastVerifiedAt !== null &&
    now.getTime() - listing.lastVerifiedAt.getTime() <= RECENTLY_VERIFIED_DAYS * DAY_MS;

  const score =
    (isMain ? FIT_POINTS.mainSubsector : FIT_POINTS.otherSubsector) +
    (listing.hasValidCertification ? FIT_POINTS.certified : 0) +
    (sameKecamatan ? FIT_POINTS.sameKecamatan : 0) +
    (isRecentlyVerified ? FIT_POINTS.recentlyVerified : 0);

  return {
    score,
    reason: {
      key: isMain ? "mainSubsector" : "otherSubsector",
      params: {
        subsectorId: isMain ? listing.primarySubsectorId : (otherMatch as string),
        isCertified: listing.hasValidCertification,
        sameKecamatan,
        isRecentlyVerified,
      },
    },
  };
}

/**
 * The best-fitting listings for a post, best first: subsector match, then a valid certificate, the same
 * kecamatan and recently confirmed data; ties go to the most recently verified, then by id (stable order).
 */
export function rankListingsForPost<T extends ListingForMatching>(
  post: PostForMatching,
  listings: readonly T[],
  options: { limit: number; now?: Date },
): { listing: T; fit: Fit }[] {
  const now = options.now ?? new Date();
  return listings
    .flatMap((listing) => {
      const fit = scoreFit(post, listing, now);
      return fit ? [{ listing, fit }] : [];
    })
    .sort(
      (a, b) =>
        b.fit.score - a.fit.score ||
        (b.listing.lastVerifiedAt?.getTime() ?? 0) - (a.listing.lastVerifiedAt?.getTime() ?? 0) ||
        a.listing.id.localeCompare(b.listing.id),
    )
    .slice(0, options.limit);
}

/**
 * For an owner's dashboard: each post with the owner's listing that fits it best, best fits first, newer posts
 * before older ones at equal fit. Posts none of the listings fit are left out.
 */
export function rankPostsForListings<P extends PostForMatching & { createdAt: Date }, L extends ListingForMatching>(
  posts: readonly P[],
  listings: readonly L[],
  options: { limit: number; now?: Date },
): { post: P; listing: L; fit: Fit }[] {
  const now = options.now ?? new Date();
  return posts
    .flatMap((post) => {
      const [best] = rankListingsForPost(post, listings, { limit: 1, now });
      return best ? [{ post, listing: best.listing, fit: best.fit }] : [];
    })
    .sort((a, b) => b.fit.score - a.fit.score || b.post.createdAt.getTime() - a.post.createdAt.getTime())
    .slice(0, options.limit);
}
