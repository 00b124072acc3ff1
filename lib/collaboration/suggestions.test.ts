import { describe, expect, it } from "vitest";
import {
  FIT_POINTS,
  rankListingsForPost,
  rankPostsForListings,
  scoreFit,
  type ListingForMatching,
} from "./suggestions";

const NOW = new Date("2026-11-24T05:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000);

const listing = (overrides: Partial<ListingForMatching> & { id: string }): ListingForMatching => ({
  primarySubsectorId: "fotografi",
  otherSubsectorIds: [],
  kecamatan: null,
  hasValidCertification: false,
  lastVerifiedAt: null,
  ...overrides,
});

const photoNeed = { wantedSubsectorIds: ["fotografi"], kecamatan: "LOWOKWARU" as const };

describe("scoreFit", () => {
  it("leaves out a listing none of whose subsectors the post asks for", () => {
    expect(scoreFit(photoNeed, listing({ id: "a", primarySubsectorId: "kuliner" }), NOW)).toBeNull();
  });

  it("scores a main-subsector match above a match on another subsector and names the matched subsector", () => {
    const main = scoreFit(photoNeed, listing({ id: "a" }), NOW)!;
    const other = scoreFit(
      photoNeed,
      listing({ id: "b", primarySubsectorId: "film-animasi-video", otherSubsectorIds: ["musik", "fotografi"] }),
      NOW,
    )!;
    expect(main.score).toBe(FIT_POINTS.mainSubsector);
    expect(other.score).toBe(FIT_POINTS.otherSubsector);
    expect(main.reason.key).toBe("mainSubsector");
    expect(other.reason).toEqual({
      key: "otherSubsector",
      params: { subsectorId: "fotografi", isCertified: false, sameKecamatan: null, isRecentlyVerified: false },
    });
  });

  it("adds points for a valid certificate, the same kecamatan and data confirmed within a year", () => {
    const fit = scoreFit(
      photoNeed,
      listing({ id: "a", hasValidCertification: true, kecamatan: "LOWOKWARU", lastVerifiedAt: daysAgo(30) }),
      NOW,
    )!;
    expect(fit.score).toBe(
      FIT_POINTS.mainSubsector + FIT_POINTS.certified + FIT_POINTS.sameKecamatan + FIT_POINTS.recentlyVerified,
    );
    expect(fit.reason.params).toEqual({
      subsectorId: "fotografi",
      isCertified: true,
      sameKecamatan: "LOWOKWARU",
      isRecentlyVerified: true,
    });
  });

  it("gives no kecamatan bonus to an online post and none for data confirmed over a year ago", () => {
    const fit = scoreFit(
      { wantedSubsectorIds: ["fotografi"], kecamatan: null },
      listing({ id: "a", kecamatan: "KLOJEN", lastVerifiedAt: daysAgo(400) }),
      NOW,
    )!;
    expect(fit.score).toBe(FIT_POINTS.mainSubsector);
    expect(fit.reason.params.sameKecamatan).toBeNull();
    expect(fit.reason.params.isRecentlyVerified).toBe(false);
  });
});

describe("rankListingsForPost", () => {
  it("puts main-subsector matches first, certified before nearby before plain, and keeps to the limit", () => {
    const ranked = rankListingsForPost(
      photoNeed,
      [
        listing({ id: "plain" }),
        listing({
          id: "other",
          primarySubsectorId: "musik",
          otherSubsectorIds: ["fotografi"],
          hasValidCertification: true,
        }),
        listing({ id: "nearby", kecamatan: "LOWOKWARU" }),
        listing({ id: "certified", hasValidCertification: true }),
        listing({ id: "unrelated", primarySubsectorId: "kuliner", hasValidCertification: true }),
      ],
      { limit: 3, now: NOW },
    );
    expect(ranked.map((entry) => entry.listing.id)).toEqual(["certified", "nearby", "plain"]);
  });

  it("breaks ties by the most recent verification, then by id", () => {
    const ranked = rankListingsForPost(
      { wantedSubsectorIds: ["fotografi"], kecamatan: null },
      [
        listing({ id: "b", lastVerifiedAt: daysAgo(500) }),
        listing({ id: "a" }),
        listing({ id: "c", lastVerifiedAt: daysAgo(400) }),
        listing({ id: "0" }),
      ],
      { limit: 10, now: NOW },
    );
    expect(ranked.map((entry) => entry.listing.id)).toEqual(["c", "b", "0", "a"]);
  });
});

describe("rankPostsForListings", () => {
  it("pairs each post with the owner's best-fitting listing and drops posts none fits", () => {
    const posts = [
      { id: "old-photo", wantedSubsectorIds: ["fotografi"], kecamatan: null, createdAt: daysAgo(10) },
      { id: "new-photo", wantedSubsectorIds: ["fotografi"], kecamatan: null, createdAt: daysAgo(1) },
      { id: "music", wantedSubsectorIds: ["musik"], kecamatan: null, createdAt: daysAgo(1) },
      {
        id: "studio-nearby",
        wantedSubsectorIds: ["film-animasi-video"],
        kecamatan: "SUKUN" as const,
        createdAt: daysAgo(5),
      },
    ];
    const mine = [
      listing({ id: "studio", primarySubsectorId: "film-animasi-video", kecamatan: "SUKUN" }),
      listing({ id: "photo", primarySubsectorId: "kuliner", otherSubsectorIds: ["fotografi"] }),
    ];
    const ranked = rankPostsForListings(posts, mine, { limit: 10, now: NOW });
    expect(ranked.map((entry) => [entry.post.id, entry.listing.id])).toEqual([
      ["studio-nearby", "studio"],
      ["new-photo", "photo"],
      ["old-photo", "photo"],
    ]);
  });
});
