import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { prisma } from "@/lib/db/client";
import { createListing, createSubsector } from "@/tests/support/factories";
import { POST } from "./route";

const post = (id: string, headers: Record<string, string> = {}) =>
  POST(new NextRequest(`http://localhost/api/listings/${id}/views`, { method: "POST", headers }), {
    params: Promise.resolve({ id }),
  });

const viewsOf = async (listingId: string) =>
  (await prisma.listingViewMonth.findMany({ where: { listingId } })).reduce((sum, row) => sum + row.views, 0);

describe("POST /api/listings/[id]/views", () => {
  it("counts a view of a published listing and answers 204 with nothing to cache", async () => {
    const listing = await createListing({ primarySubsectorId: (await createSubsector()).id });
    const first = await post(listing.id);
    await post(listing.id);
    expect(first.status).toBe(204);
    expect(first.headers.get("cache-control")).toBe("no-store");
    expect(await viewsOf(listing.id)).toBe(2);
  });

  it("ignores prefetches", async () => {
    const listing = await createListing({ primarySubsectorId: (await createSubsector()).id });
    expect((await post(listing.id, { "sec-purpose": "prefetch;prerender" })).status).toBe(204);
    expect((await post(listing.id, { purpose: "prefetch" })).status).toBe(204);
    expect(await viewsOf(listing.id)).toBe(0);
  });

  it("answers an unpublished or unknown listing the same, counting nothing", async () => {
    const listing = await createListing({ primarySubsectorId: (await createSubsector()).id, status: "DRAFT" });
    expect((await post(listing.id)).status).toBe(204);
    expect((await post("x".repeat(500))).status).toBe(204);
    expect(await viewsOf(listing.id)).toBe(0);
  });
});
