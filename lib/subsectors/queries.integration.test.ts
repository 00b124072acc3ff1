import { describe, expect, it } from "vitest";
import { createListing, createSubsector } from "@/tests/support/factories";
import { listSubsectorsWithListingCounts } from "./queries";

describe("listSubsectorsWithListingCounts", () => {
  it("counts only published listings whose main subsector it is", async () => {
    const subsector = await createSubsector();
    const other = await createSubsector();
    await createListing({ primarySubsectorId: subsector.id });
    await createListing({ primarySubsectorId: subsector.id });
    await createListing({ primarySubsectorId: subsector.id, status: "DRAFT" });
    await createListing({ primarySubsectorId: subsector.id, status: "INACTIVE" });
    await createListing({ primarySubsectorId: other.id });

    const counts = new Map(
      (await listSubsectorsWithListingCounts()).map((row) => [row.slug, row.listingCount] as const),
    );
    expect(counts.get(subsector.slug)).toBe(2);
    expect(counts.get(other.slug)).toBe(1);
  });
});
