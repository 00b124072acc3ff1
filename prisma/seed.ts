// Seeds a database once per mode (the SeedRun row records it), all in one transaction: a failed seed leaves
// nothing half-written, and a restart never re-seeds over edits.
// Production: reference data only (subsectors, certification types, the sourced city figures); no listings and
// no accounts. Demo: the real public entities, sample listings (isSample) and three local demo accounts.
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { Prisma } from "../lib/generated/prisma/client";
import { hashPassword } from "../lib/auth/password";
import { subsectors } from "./seed-data/subsectors";
import { certificationTypes } from "./seed-data/certification-types";
import { kbliMappings } from "./seed-data/kbli-mappings";
import { figures } from "./seed-data/figures";
import { realEntities } from "./seed-data/real-entities";
import { buildSampleListings } from "./seed-data/samples";
import { demoAccounts } from "./seed-data/demo-accounts";
import { seedCollaboration } from "./seed-data/collaboration";
import { seedEvents } from "./seed-data/events";
import { seedModerationExamples } from "./seed-data/moderation-examples";
import { unpublishedSampleStatuses } from "./seed-data/demo-statuses";
import type { ListingSeed } from "./seed-data/types";
import { locateListing } from "../lib/geo/listing-location";
import { hasSampleCover } from "../lib/listings/cover-pattern";

export type SeedMode = "demo" | "production";

type Tx = Prisma.TransactionClient;

const asDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

async function seedReferenceData(tx: Tx) {
  for (const [index, subsector] of subsectors.entries()) {
    await tx.subsector.upsert({
      where: { slug: subsector.slug },
      create: { ...subsector, sortOrder: index + 1 },
      update: { ...subsector, sortOrder: index + 1 },
    });
  }
  for (const type of certificationTypes) {
    await tx.certificationType.upsert({ where: { slug: type.slug }, create: type, update: type });
  }
  // Only into an empty table: once staff have pairings of their own, a seed run leaves them alone.
  if ((await tx.kbliSubsectorMapping.count()) === 0) {
    for (const { subsectorSlug, ...mapping } of kbliMappings) {
      const subsector = await tx.subsector.findUniqueOrThrow({ where: { slug: subsectorSlug }, select: { id: true } });
      await tx.kbliSubsectorMapping.create({ data: { ...mapping, subsectorId: subsector.id } });
    }
  }
  for (const [index, figure] of figures.entries()) {
    const data = {
      ...figure,
      valueMax: figure.valueMax ?? null,
      periodStart: asDate(figure.periodStart),
      periodEnd: asDate(figure.periodEnd),
      publishedOn: figure.publishedOn ? asDate(figure.publishedOn) : null,
      sortOrder: index + 1,
    };
    await tx.figure.upsert({ where: { key: figure.key }, create: data, update: data });
  }
}

// The seed obeys the rule every save obeys: the kelurahan and kecamatan come from the point, and a point outside
// the city or contradicting the stated kecamatan is a mistake in the seed data, not something to store.
function locateSeedListing(listing: ListingSeed) {
  const located = locateListing(listing);
  if (!located.ok) throw new Error(`Seed listing "${listing.slug}": ${located.error}`);
  return { kecamatan: located.kecamatan, kelurahanCode: located.kelurahanCode };
}

async function seedListings(tx: Tx, listings: ListingSeed[]) {
  const subsectorIds = new Map(
    (await tx.subsector.findMany({ select: { id: true, slug: true } })).map((s) => [s.slug, s.id]),
  );
  const typeIds = new Map(
    (await tx.certificationType.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]),
  );
  const subsectorId = (slug: string) => {
    const id = subsectorIds.get(slug);
    if (!id) throw new Error(`Seed refers to an unknown subsector "${slug}"`);
    return id;
  };
  const now = new Date();
  const slugToId = new Map<string, string>();

  const created = await tx.listing.createManyAndReturn({
    data: listings.map((listing) => ({
      kind: listing.kind,
      slug: listing.slug,
      status: unpublishedSampleStatuses[listing.slug] ?? ("PUBLISHED" as const),
      nameIndonesian: listing.nameIndonesian,
      nameEn: listing.nameEn ?? null,
      summaryIndonesian: listing.summaryIndonesian,
      summaryEn: listing.summaryEn ?? null,
      descriptionIndonesian: listing.descriptionIndonesian ?? null,
      descriptionEn: listing.descriptionEn ?? null,
      primarySubsectorId: subsectorId(listing.primarySubsector),
      ...locateSeedListing(listing),
      address: listing.address ?? null,
      latitude: listing.latitude ?? null,
      longitude: listing.longitude ?? null,
      websiteUrl: listing.websiteUrl ?? null,
      email: listing.email ?? null,
      phone: listing.phone ?? null,
      whatsappNumber: listing.whatsappNumber ?? null,
      socialLinks: listing.socialLinks ?? [],
      foundedYear: listing.foundedYear ?? null,
      // Stored as the listing schema stores them (lower case), so an export re-imports as unchanged.
      tags: (listing.tags ?? []).map((tag) => tag.toLowerCase()),
      facts: (listing.facts ?? {}) as Prisma.InputJsonValue,
      isSample: listing.isSample,
      // Sample listings only: a generated pattern, labelled as sample artwork (docs/decisions/026).
      coverIsSample: listing.isSample && hasSampleCover(listing.slug),
      sourceName: listing.sourceName ?? null,
      sourceUrl: listing.sourceUrl ?? null,
      lastVerifiedAt: listing.lastVerifiedAt ? new Date(listing.lastVerifiedAt) : null,
      publishedAt: unpublishedSampleStatuses[listing.slug] ? null : now,
    })),
    select: { id: true, slug: true },
  });
  for (const row of created) slugToId.set(row.slug, row.id);
  const listingId = (slug: string) => slugToId.get(slug) as string;

  await tx.listingSubsector.createMany({
    data: listings.flatMap((listing) =>
      (listing.otherSubsectors ?? [])
        .filter((slug) => slug !== listing.primarySubsector)
        .map((slug) => ({ listingId: listingId(listing.slug), subsectorId: subsectorId(slug) })),
    ),
    skipDuplicates: true,
  });

  await tx.listingMonitoring.createMany({
    data: listings
      .filter((listing) => listing.monitoring)
      .map((listing) => ({ listingId: listingId(listing.slug), ...listing.monitoring })),
  });

  for (const listing of listings) {
    for (const certification of listing.certifications ?? []) {
      const typeId = typeIds.get(certification.type);
      if (!typeId) throw new Error(`Seed refers to an unknown certification type "${certification.type}"`);
      await tx.certification.create({
        data: {
          listingId: listingId(listing.slug),
          typeId,
          number: certification.number ?? null,
          status: certification.status,
          issuedOn: certification.issuedOn ? asDate(certification.issuedOn) : null,
          expiresOn: certification.expiresOn ? asDate(certification.expiresOn) : null,
          history: {
            create: { fromStatus: null, toStatus: certification.status, note: "Data contoh (seed demo)" },
          },
        },
      });
    }
  }
  return slugToId;
}

async function seedDemoAccounts(tx: Tx, listings: ListingSeed[], slugToId: Map<string, string>) {
  const sampleBusinessIds = listings
    .filter((listing) => listing.isSample && listing.kind === "CREATIVE_BUSINESS")
    .map((listing) => slugToId.get(listing.slug) as string);
  for (const account of demoAccounts) {
    const user = await tx.user.create({
      data: {
        email: account.email,
        name: account.name,
        role: account.role,
        passwordHash: await hashPassword(account.password),
        emailVerifiedAt: new Date(),
        isSample: true,
      },
    });
    const managed = sampleBusinessIds.slice(0, account.managedSampleCount);
    if (managed.length > 0) {
      await tx.listingManager.createMany({ data: managed.map((listingId) => ({ listingId, userId: user.id })) });
    }
  }
}

export async function seedDatabase(prisma: PrismaClient, mode: SeedMode): Promise<{ isSeeded: boolean }> {
  const previous = await prisma.seedRun.findUnique({ where: { mode } });
  if (previous) return { isSeeded: false };

  await prisma.$transaction(
    async (tx) => {
      await seedReferenceData(tx);
      let listingCount = 0;
      if (mode === "demo") {
        const listings = [...realEntities, ...buildSampleListings()];
        const slugToId = await seedListings(tx, listings);
        await seedDemoAccounts(tx, listings, slugToId);
        await seedModerationExamples(tx);
        await seedCollaboration(tx, slugToId);
        await seedEvents(tx);
        listingCount = listings.length;
      }
      await tx.auditLog.create({
        data: {
          action: "seed",
          entityType: "Database",
          entityId: mode,
          after: {
            subsectors: subsectors.length,
            certificationTypes: certificationTypes.length,
            listings: listingCount,
          },
        },
      });
      await tx.seedRun.create({ data: { mode } });
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
  return { isSeeded: true };
}
