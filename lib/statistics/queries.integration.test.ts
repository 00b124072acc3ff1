import { beforeAll, describe, expect, it } from "vitest";
import { countRoundTrips } from "@/tests/support/count-round-trips";
import {
  createCertification,
  createCertificationType,
  createListing,
  createSubsector,
} from "@/tests/support/factories";
import { getDirectoryStatistics, listRecentMonths, type DirectoryStatistics } from "./queries";

// Each integration test file has its own empty database, so the counts below are the whole directory.
const TODAY = "2026-11-24";

let kuliner: { id: string; slug: string };
let musik: { id: string; slug: string };
let halal: { id: string; slug: string };
let merek: { id: string; slug: string };

beforeAll(async () => {
  kuliner = await createSubsector({ sortOrder: 1 });
  musik = await createSubsector({ sortOrder: 2 });
  halal = await createCertificationType({ nameIndonesian: "Halal" });
  merek = await createCertificationType({ nameIndonesian: "Merek" });

  const business = await createListing({
    primarySubsectorId: kuliner.id,
    kind: "CREATIVE_BUSINESS",
    kecamatan: "KLOJEN",
    isSample: false,
    publishedAt: new Date("2026-11-10T03:00:00Z"),
    lastVerifiedAt: new Date("2026-10-05T03:00:00Z"),
  });
  await createCertification({ listingId: business.id, typeId: halal.id, status: "CERTIFIED" });

  // A sample community in both subsectors, first published at 00:30 WIB on 1 November (still October in UTC).
  const community = await createListing({
    primarySubsectorId: kuliner.id,
    otherSubsectors: { create: { subsectorId: musik.id } },
    kind: "COMMUNITY",
    kecamatan: "KLOJEN",
    isSample: true,
    publishedAt: new Date("2026-10-31T17:30:00Z"),
  } as Parameters<typeof createListing>[0]);
  await createCertification({
    listingId: community.id,
    typeId: halal.id,
    status: "CERTIFIED",
    expiresOn: new Date("2026-01-01T00:00:00Z"),
  });
  await createCertification({ listingId: community.id, typeId: merek.id, status: "APPLIED" });

  const studio = await createListing({
    primarySubsectorId: musik.id,
    kind: "STARTUP_STUDIO",
    isSample: false,
    publishedAt: new Date("2024-01-01T03:00:00Z"),
  });
  await createCertification({ listingId: studio.id, typeId: merek.id, status: "REVOKED" });

  // Never counted: not published.
  const draft = await createListing({
    primarySubsectorId: kuliner.id,
    status: "DRAFT",
    kecamatan: "SUKUN",
    isSample: false,
  });
  await createCertification({ listingId: draft.id, typeId: halal.id, status: "CERTIFIED" });
  await createListing({ primarySubsectorId: musik.id, status: "ARCHIVED", isSample: false });
});

const countOf = (stats: DirectoryStatistics, subsectorSlug: string, kind: string) =>
  stats.kindBySubsector.find((row) => row.subsectorSlug === subsectorSlug && row.kind === kind);

describe("getDirectoryStatistics with samples (demo mode)", () => {
  it("counts published listings only, and says how many are samples", async () => {
    const stats = await getDirectoryStatistics({ includeSamples: true }, TODAY);
    expect(stats.includeSamples).toBe(true);
    expect(stats.totals).toEqual({ listings: 3, samples: 1 });
    expect(stats.subsectors.map((subsector) => subsector.slug)).toEqual([kuliner.slug, musik.slug]);
  });

  it("counts kinds per subsector, a listing in each of its subsectors, with those certified today", async () => {
    const stats = await getDirectoryStatistics({ includeSamples: true }, TODAY);
    expect(stats.kindBySubsector).toHaveLength(4);
    expect(countOf(stats, kuliner.slug, "CREATIVE_BUSINESS")).toMatchObject({ count: 1, certifiedCount: 1 });
    // The community's only certificate has expired: it is not certified today.
    expect(countOf(stats, kuliner.slug, "COMMUNITY")).toMatchObject({ count: 1, certifiedCount: 0 });
    expect(countOf(stats, musik.slug, "COMMUNITY")).toMatchObject({ count: 1, certifiedCount: 0 });
    expect(countOf(stats, musik.slug, "STARTUP_STUDIO")).toMatchObject({ count: 1, certifiedCount: 0 });
  });

  it("counts listings per kecamatan, those without one last", async () => {
    const stats = await getDirectoryStatistics({ includeSamples: true }, TODAY);
    expect(stats.byKecamatan).toEqual([
      { kecamatan: "BLIMBING", count: 0 },
      { kecamatan: "KEDUNGKANDANG", count: 0 },
      { kecamatan: "KLOJEN", count: 2 },
      { kecamatan: "LOWOKWARU", count: 0 },
      { kecamatan: "SUKUN", count: 0 },
      { kecamatan: null, count: 1 },
    ]);
  });

  it("counts certificates of published listings by type and today's status", async () => {
    const stats = await getDirectoryStatistics({ includeSamples: true }, TODAY);
    const counts = Object.fromEntries(stats.certificates.map((row) => [`${row.typeSlug}:${row.validity}`, row.count]));
    expect(counts).toEqual({
      [`${halal.slug}:valid`]: 1,
      [`${halal.slug}:expired`]: 1,
      [`${merek.slug}:applied`]: 1,
      [`${merek.slug}:revoked`]: 1,
    });
  });

  it("counts new and verified listings per Jakarta month over the last twelve months", async () => {
    const stats = await getDirectoryStatistics({ includeSamples: true }, TODAY);
    expect(stats.overTime.map((row) => row.month)).toEqual(listRecentMonths(TODAY));
    expect(stats.overTime[0]!.month).toBe("2025-12");
    const month = (value: string) => stats.overTime.find((row) => row.month === value);
    expect(month("2026-11")).toEqual({ month: "2026-11", newCount: 2, verifiedCount: 0 });
    expect(month("2026-10")).toEqual({ month: "2026-10", newCount: 0, verifiedCount: 1 });
    expect(stats.overTime.reduce((sum, row) => sum + row.newCount, 0)).toBe(2);
  });

  it("needs five database round trips, whatever the size of the directory", async () => {
    expect(await countRoundTrips(() => getDirectoryStatistics({ includeSamples: true }, TODAY))).toBe(5);
  });
});

describe("getDirectoryStatistics without samples (production)", () => {
  it("leaves sample listings and their certificates out of every count", async () => {
    const stats = await getDirectoryStatistics({ includeSamples: false }, TODAY);
    expect(stats.totals).toEqual({ listings: 2, samples: 0 });
    expect(stats.kindBySubsector.map((row) => `${row.subsectorSlug}:${row.kind}`).sort()).toEqual(
      [`${kuliner.slug}:CREATIVE_BUSINESS`, `${musik.slug}:STARTUP_STUDIO`].sort(),
    );
    expect(stats.byKecamatan.find((row) => row.kecamatan === "KLOJEN")?.count).toBe(1);
    expect(stats.certificates.map((row) => `${row.typeSlug}:${row.validity}`).sort()).toEqual(
      [`${halal.slug}:valid`, `${merek.slug}:revoked`].sort(),
    );
    expect(stats.overTime.find((row) => row.month === "2026-11")?.newCount).toBe(1);
  });
});
