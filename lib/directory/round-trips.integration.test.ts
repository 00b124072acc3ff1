import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { countRoundTrips } from "@/tests/support/count-round-trips";
import { seedDatabase } from "@/prisma/seed";
import { listHeadlineFigures } from "@/lib/figures/queries";
import { getPublishedListingProfile, listFeaturedListings, listRecentlyVerifiedListings } from "@/lib/listings/queries";
import { getSubsectorBySlug, getSubsectorStats, listSubsectors } from "@/lib/subsectors/queries";
import { parseDirectoryFilters } from "./filters";
import { listDirectoryMarkers, searchDirectory } from "./queries";
import { loadDirectory } from "./load-directory";

// Each public page makes a fixed, small number of database round trips, whatever the data size.
describe("database round trips per page", () => {
  beforeAll(async () => {
    await seedDatabase(getPrisma(), "demo");
  }, 300_000);

  it("home: figures, subsectors, featured and recently verified listings, the map preview's points", async () => {
    const { filters } = parseDirectoryFilters({}, { knownSubsectorSlugs: [] });
    const trips = await countRoundTrips(() =>
      Promise.all([
        listHeadlineFigures(),
        listSubsectors(),
        listFeaturedListings(),
        listRecentlyVerifiedListings(),
        listDirectoryMarkers(filters, "id"),
      ]),
    );
    expect(trips).toBe(5);
  });

  it("profile: one query for the listing with its subsectors and certificates", async () => {
    const trips = await countRoundTrips(() => getPublishedListingProfile("COWORKING", "malang-creative-center"));
    expect(trips).toBe(1);
  });

  it("directory with every filter and a query: subsectors, text query, results, facets", async () => {
    const params = { q: "kopi", kecamatan: "klojen", subsektor: "kuliner", bersertifikat: "1", urut: "terbaru" };
    const trips = await countRoundTrips(() => loadDirectory(params, { fixedKind: "CREATIVE_BUSINESS" }));
    expect(trips).toBe(4);
  });

  it("a page past the end costs one more round trip, not more", async () => {
    const { filters } = parseDirectoryFilters({ hal: "500" }, { knownSubsectorSlugs: [] });
    expect(await countRoundTrips(() => searchDirectory(filters))).toBe(3);
  });

  it("subsector page: subsector, stats, subsectors, results, facets, the map preview's points", async () => {
    const trips = await countRoundTrips(async () => {
      const subsector = await getSubsectorBySlug("kuliner");
      await Promise.all([getSubsectorStats(subsector!.id), loadDirectory({}, { fixedSubsector: "kuliner" })]);
      const { filters } = parseDirectoryFilters({}, { knownSubsectorSlugs: ["kuliner"], fixedSubsector: "kuliner" });
      await listDirectoryMarkers(filters, "id");
    });
    expect(trips).toBe(7);
  });

  it("map page: subsectors, results, facets, markers", async () => {
    const trips = await countRoundTrips(async () => {
      const { filters } = await loadDirectory({});
      await listDirectoryMarkers(filters, "id");
    });
    expect(trips).toBe(4);
  });
});
