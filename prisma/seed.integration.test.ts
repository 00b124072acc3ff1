import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createScriptPrismaClient } from "@/lib/db/seed-client";
import { verifyPassword } from "@/lib/auth/password";
import { listingKinds } from "@/lib/listings/kinds";
import { createDatabaseFromTemplate, type TestDatabase } from "@/tests/support/test-database";
import { readRevisionChanges } from "@/lib/listings/revision-changes";
import { seedDatabase } from "./seed";
import { isInMultiPolygon, type PolygonRings } from "@/lib/geo/point-in-polygon";

type StoredGeometry =
  { type: "Polygon"; coordinates: PolygonRings } | { type: "MultiPolygon"; coordinates: PolygonRings[] };
const polygonsOf = (geometry: unknown) => {
  const stored = geometry as StoredGeometry;
  return stored.type === "Polygon" ? [stored.coordinates] : stored.coordinates;
};

async function expectMalangAreas(client: typeof prisma) {
  const kecamatan = await client.kecamatanArea.findMany({
    orderBy: { code: "asc" },
    select: { code: true, bpsCode: true },
  });
  expect(kecamatan.map((row) => row.code)).toEqual(["35.73.01", "35.73.02", "35.73.03", "35.73.04", "35.73.05"]);
  expect(kecamatan.every((row) => /^3573\d{3}$/.test(row.bpsCode))).toBe(true);
  expect(await client.kelurahanArea.count()).toBe(57);
}

// Kota Malang's bounding box, generously.
const MALANG = { latMin: -8.06, latMax: -7.88, lngMin: 112.57, lngMax: 112.7 };

describe("demo seed", () => {
  beforeAll(async () => {
    expect(await seedDatabase(prisma, "demo")).toEqual({ isSeeded: true });
  }, 300_000);

  it("gives staff a pending owner edit and a pending claim to moderate, both valid against the schemas", async () => {
    const revision = await prisma.listingRevision.findFirstOrThrow({
      where: { status: "PENDING" },
      select: { changes: true, listing: { select: { kind: true } }, author: { select: { email: true } } },
    });
    expect(revision.author?.email).toBe("pemilik@contoh.id");
    expect(() => readRevisionChanges(revision.listing.kind, revision.changes)).not.toThrow();
    expect(await prisma.listingClaim.count({ where: { status: "PENDING" } })).toBe(1);
  });

  it("holds the 17 subsectors with descriptions in both languages", async () => {
    const subsectors = await prisma.subsector.findMany({ orderBy: { sortOrder: "asc" } });
    expect(subsectors.map((s) => s.slug)).toEqual([
      "arsitektur",
      "desain-interior",
      "desain-komunikasi-visual",
      "desain-produk",
      "film-animasi-video",
      "fotografi",
      "kriya",
      "kuliner",
      "musik",
      "fesyen",
      "aplikasi",
      "pengembangan-gim",
      "penerbitan",
      "periklanan",
      "televisi-radio",
      "seni-pertunjukan",
      "seni-rupa",
    ]);
    for (const subsector of subsectors) {
      expect(subsector.descriptionIndonesian.length).toBeGreaterThan(60);
      expect(subsector.descriptionEn.length).toBeGreaterThan(60);
    }
  });

  it("has at least 150 sample listings covering every kind, every subsector and every kecamatan", async () => {
    expect(await prisma.listing.count({ where: { isSample: true } })).toBeGreaterThanOrEqual(150);
    for (const kind of listingKinds) {
      expect(await prisma.listing.count({ where: { kind, isSample: true } }), kind).toBeGreaterThan(0);
    }
    for (const subsector of await prisma.subsector.findMany()) {
      const count = await prisma.listing.count({ where: { isSample: true, primarySubsectorId: subsector.id } });
      expect(count, subsector.slug).toBeGreaterThan(0);
    }
    const kecamatan = await prisma.listing.groupBy({ by: ["kecamatan"], where: { isSample: true }, _count: true });
    expect(kecamatan.map((row) => row.kecamatan).sort()).toEqual([
      "BLIMBING",
      "KEDUNGKANDANG",
      "KLOJEN",
      "LOWOKWARU",
      "SUKUN",
    ]);
  });

  it("places samples inside Kota Malang and never invents a location for a real entity", async () => {
    const samples = await prisma.listing.findMany({
      where: { isSample: true },
      select: { latitude: true, longitude: true },
    });
    for (const { latitude, longitude } of samples) {
      expect(latitude!.toNumber()).toBeGreaterThan(MALANG.latMin);
      expect(latitude!.toNumber()).toBeLessThan(MALANG.latMax);
      expect(longitude!.toNumber()).toBeGreaterThan(MALANG.lngMin);
      expect(longitude!.toNumber()).toBeLessThan(MALANG.lngMax);
    }
    const real = await prisma.listing.findMany({ where: { isSample: false } });
    expect(real.length).toBeGreaterThan(10);
    for (const listing of real) {
      expect(listing.latitude, listing.slug).toBeNull();
      expect(listing.sourceName, listing.slug).toBeTruthy();
    }
  });

  it("has the 5 kecamatan (35.73.01–35.73.05) and 57 kelurahan of Kota Malang", async () => {
    await expectMalangAreas(prisma);
  });

  it("stores every published listing with coordinates in the kelurahan its point lies in, and its kecamatan", async () => {
    const located = await prisma.listing.findMany({
      where: { status: "PUBLISHED", latitude: { not: null } },
      select: {
        slug: true,
        address: true,
        latitude: true,
        longitude: true,
        kecamatan: true,
        kelurahan: { select: { name: true, geometry: true, kecamatanArea: { select: { kecamatan: true } } } },
      },
    });
    expect(located.length).toBeGreaterThanOrEqual(150);
    for (const listing of located) {
      expect(listing.kelurahan, listing.slug).not.toBeNull();
      const [lng, lat] = [listing.longitude!.toNumber(), listing.latitude!.toNumber()];
      expect(isInMultiPolygon(lng, lat, polygonsOf(listing.kelurahan!.geometry)), listing.slug).toBe(true);
      expect(listing.kecamatan, listing.slug).toBe(listing.kelurahan!.kecamatanArea.kecamatan);
      // Sample addresses name their kelurahan (never "Blimbing, Blimbing").
      expect(listing.address, listing.slug).toMatch(new RegExp(`, ${listing.kelurahan!.name}$`));
    }
  });

  it("includes certifications in several states, one of them certified but past its expiry date", async () => {
    const statuses = await prisma.certification.groupBy({ by: ["status"], _count: true });
    expect(statuses.length).toBeGreaterThanOrEqual(4);
    const expired = await prisma.certification.count({
      where: { status: "CERTIFIED", expiresOn: { lt: new Date("2026-11-24T00:00:00Z") } },
    });
    expect(expired).toBeGreaterThanOrEqual(1);
    const withoutHistory = await prisma.certification.count({ where: { history: { none: {} } } });
    expect(withoutHistory).toBe(0);
  });

  it("creates the three demo accounts with argon2id hashes of the README passwords", async () => {
    const users = await prisma.user.findMany({ orderBy: { email: "asc" } });
    expect(users.map((user) => [user.email, user.role])).toEqual([
      ["admin@contoh.id", "ADMIN"],
      ["pemilik@contoh.id", "OWNER"],
      ["staf@contoh.id", "STAFF"],
    ]);
    const owner = users.find((user) => user.role === "OWNER")!;
    expect(await verifyPassword(owner.passwordHash!, "demo-pemilik-ekraf")).toBe(true);
    expect(await prisma.listingManager.count({ where: { userId: owner.id } })).toBe(2);
  });

  it("stores the figures as their sources state them, both PDRB shares included", async () => {
    const pdrb = await prisma.figure.findMany({ where: { key: { startsWith: "pdrb-" } }, orderBy: { key: "asc" } });
    expect(pdrb).toHaveLength(2);
    const [range, moreThan] = [pdrb.find((f) => f.valueMax !== null)!, pdrb.find((f) => f.valueMax === null)!];
    expect([range.valueMin.toNumber(), range.valueMax!.toNumber(), range.unit]).toEqual([24, 26, "%"]);
    expect([moreThan.qualifier, moreThan.valueMin.toNumber()]).toEqual(["MORE_THAN", 5]);
    for (const figure of await prisma.figure.findMany()) {
      expect(figure.sourceName, figure.key).toBeTruthy();
      expect(figure.periodLabelIndonesian, figure.key).toBeTruthy();
    }
  });

  it("keeps a few samples in every non-public state for the demo", async () => {
    const statuses = await prisma.listing.groupBy({ by: ["status"], where: { isSample: true }, _count: true });
    expect(statuses.map((row) => row.status).sort()).toEqual([
      "ARCHIVED",
      "DRAFT",
      "INACTIVE",
      "PENDING_REVIEW",
      "PUBLISHED",
    ]);
    expect(await prisma.listing.count({ where: { status: "PUBLISHED", isSample: true } })).toBeGreaterThanOrEqual(150);
  });

  it("does not seed twice", async () => {
    const before = await prisma.listing.count();
    expect(await seedDatabase(prisma, "demo")).toEqual({ isSeeded: false });
    expect(await prisma.listing.count()).toBe(before);
  });
});

describe("production seed", () => {
  let database: TestDatabase;
  let production: ReturnType<typeof createScriptPrismaClient>;

  beforeAll(async () => {
    database = await createDatabaseFromTemplate(inject("databaseTemplate"));
    production = createScriptPrismaClient(database.url);
    await seedDatabase(production, "production");
  }, 300_000);

  afterAll(async () => {
    await production.$disconnect();
    await database.drop();
  });

  it("holds reference data only: no listings, no samples and no account at all", async () => {
    expect(await production.subsector.count()).toBe(17);
    expect(await production.certificationType.count()).toBe(8);
    expect(await production.listing.count()).toBe(0);
    expect(await production.user.count()).toBe(0);
  });

  it("has the 5 kecamatan and 57 kelurahan of Kota Malang too", async () => {
    await expectMalangAreas(production);
  });
});
