import { describe, expect, it } from "vitest";
import { createListing, createSubsector } from "@/tests/support/factories";
import { listSitemapListings, listSitemapSubsectors } from "./queries";

describe("listSitemapListings", () => {
  it("lists published listings only, with what a sitemap entry needs", async () => {
    const subsector = await createSubsector();
    const published = await createListing({ primarySubsectorId: subsector.id, kind: "COWORKING" });
    const hidden = await Promise.all(
      (["DRAFT", "PENDING_REVIEW", "REJECTED", "INACTIVE", "ARCHIVED"] as const).map((status) =>
        createListing({ primarySubsectorId: subsector.id, status }),
      ),
    );

    const listings = await listSitemapListings();
    const slugs = listings.map((listing) => listing.slug);

    expect(listings.find((listing) => listing.slug === published.slug)).toEqual({
      slug: published.slug,
      kind: "COWORKING",
      updatedAt: published.updatedAt,
    });
    for (const listing of hidden) expect(slugs).not.toContain(listing.slug);
  });
});

describe("listSitemapSubsectors", () => {
  it("lists every subsector by slug", async () => {
    const subsector = await createSubsector();
    expect(await listSitemapSubsectors()).toContainEqual({ slug: subsector.slug });
  });
});
