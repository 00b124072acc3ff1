import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createListing, createSubsector } from "@/tests/support/factories";
import { recordProfileView } from "./record-profile-view";

describe("recordProfileView", () => {
  it("counts views per Jakarta month, one row per listing and month", async () => {
    const listing = await createListing({ primarySubsectorId: (await createSubsector()).id });
    expect(await recordProfileView(listing.id, new Date("2026-02-10T03:00:00Z"))).toBe(true);
    await recordProfileView(listing.id, new Date("2026-02-27T10:00:00Z"));
    // 28 February 20:00 UTC is already 1 March in Jakarta.
    await recordProfileView(listing.id, new Date("2026-02-28T20:00:00Z"));

    const rows = await prisma.listingViewMonth.findMany({
      where: { listingId: listing.id },
      orderBy: { month: "asc" },
    });
    expect(rows.map((row) => [row.month.toISOString().slice(0, 10), row.views])).toEqual([
      ["2026-02-01", 2],
      ["2026-03-01", 1],
    ]);
  });

  it("counts concurrent views without losing any", async () => {
    const listing = await createListing({ primarySubsectorId: (await createSubsector()).id });
    const now = new Date("2026-04-05T03:00:00Z");
    await Promise.all(Array.from({ length: 10 }, () => recordProfileView(listing.id, now)));
    expect((await prisma.listingViewMonth.findFirstOrThrow({ where: { listingId: listing.id } })).views).toBe(10);
  });

  it.each(["DRAFT", "PENDING_REVIEW", "ARCHIVED"] as const)("counts nothing for a %s listing", async (status) => {
    const listing = await createListing({ primarySubsectorId: (await createSubsector()).id, status });
    expect(await recordProfileView(listing.id)).toBe(false);
    expect(await prisma.listingViewMonth.count({ where: { listingId: listing.id } })).toBe(0);
  });

  it("counts nothing for an unknown id", async () => {
    expect(await recordProfileView("bukan-listing")).toBe(false);
  });
});
