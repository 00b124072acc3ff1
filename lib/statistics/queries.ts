import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Kecamatan, ListingKind } from "@/lib/generated/prisma/enums";
import type { CertificationValidity } from "@/lib/certifications/validity";
import { publicReadPrisma } from "@/lib/db/client";
import { isProduction } from "@/lib/env";
import { todayInJakarta } from "@/lib/dates";
import { kecamatanValues } from "@/lib/geo/kecamatan";
import { startOfJakartaDay } from "./period";

// Live counts from the directory for /statistik. Only published listings are counted, and certificates only of
// published listings. Each statistic is one query; all of them run side by side (five round trips in all).
// A listing with several subsectors is counted once in each of them, as the directory and subsector pages do.
// Public reads: they may be answered by a read replica (lib/db/client.ts).

export type StatisticsScope = { includeSamples: boolean };

/** Samples exist only in demo mode, where they are counted (and the page says so); production has none. */
export function getStatisticsScope(): StatisticsScope {
  return { includeSamples: !isProduction() };
}

export type SubsectorName = { slug: string; nameIndonesian: string; nameEn: string };

export type DirectoryStatistics = {
  includeSamples: boolean;
  /** Published listings counted, and how many of them are samples. */
  totals: { listings: number; samples: number };
  subsectors: SubsectorName[];
  /** Published listings per subsector and kind, and how many of those hold a certificate valid today. */
  kindBySubsector: { subsectorSlug: string; kind: ListingKind; count: number; certifiedCount: number }[];
  /** `kecamatan` null: no kecamatan recorded (e.g. online-only). */
  byKecamatan: { kecamatan: Kecamatan | null; count: number }[];
  certificates: {
    typeSlug: string;
    typeNameIndonesian: string;
    typeNameEn: string;
    validity: CertificationValidity;
    count: number;
  }[];
  /** The last twelve Jakarta months, oldest first: listings first published, and last verified, in each. */
  overTime: { month: string; newCount: number; verifiedCount: number }[];
};

export const MONTHS_SHOWN = 12;

const sampleCondition = (scope: StatisticsScope) =>
  scope.includeSamples ? Prisma.sql`TRUE` : Prisma.sql`NOT l."isSample"`;

/** The `count` Jakarta months ending with the month of `today`, oldest first, as YYYY-MM. */
export function listRecentMonths(today: string, count: number = MONTHS_SHOWN): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(year, month - (count - 1 - index), 1));
    return date.toISOString().slice(0, 7);
  });
}

async function countKindBySubsector(scope: StatisticsScope, today: string) {
  return publicReadPrisma.$queryRaw<
    { subsectorSlug: string; kind: ListingKind; count: number; certifiedCount: number }[]
  >`
    SELECT s."slug" AS "subsectorSlug", l."kind"::text AS "kind", count(*)::int AS "count",
      (count(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM "Certification" c
        WHERE c."listingId" = l."id" AND c."status" = 'CERTIFIED'
          AND (c."expiresOn" IS NULL OR c."expiresOn" >= ${today}::date)
      )))::int AS "certifiedCount"
    FROM "Listing" l
    JOIN LATERAL (
      SELECT l."primarySubsectorId" AS "subsectorId"
      UNION
      SELECT ls."subsectorId" FROM "ListingSubsector" ls WHERE ls."listingId" = l."id"
    ) m ON TRUE
    JOIN "Subsector" s ON s."id" = m."subsectorId"
    WHERE l."status" = 'PUBLISHED' AND ${sampleCondition(scope)}
    GROUP BY s."slug", l."kind"`;
}

async function countByKecamatan(scope: StatisticsScope) {
  return publicReadPrisma.listing.groupBy({
    by: ["kecamatan", "isSample"],
    where: { status: "PUBLISHED", ...(scope.includeSamples ? {} : { isSample: false }) },
    _count: { _all: true },
  });
}

async function countCertificates(scope: StatisticsScope, today: string) {
  return publicReadPrisma.$queryRaw<DirectoryStatistics["certificates"]>`
    SELECT t."slug" AS "typeSlug", t."nameId" AS "typeNameIndonesian", t."nameEn" AS "typeNameEn",
      CASE
        WHEN c."status" = 'CERTIFIED' AND c."expiresOn" < ${today}::date THEN 'expired'
        WHEN c."status" = 'CERTIFIED' THEN 'valid'
        ELSE lower(c."status"::text)
      END AS "validity",
      count(*)::int AS "count"
    FROM "Certification" c
    JOIN "CertificationType" t ON t."id" = c."typeId"
    JOIN "Listing" l ON l."id" = c."listingId"
    WHERE l."status" = 'PUBLISHED' AND ${sampleCondition(scope)}
    GROUP BY 1, 2, 3, 4
    ORDER BY t."nameId", 4`;
}

async function countOverTime(scope: StatisticsScope, since: Date) {
  return publicReadPrisma.$queryRaw<{ month: string; series: "new" | "verified"; count: number }[]>`
    SELECT to_char(l."publishedAt" AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM') AS "month", 'new' AS "series",
      count(*)::int AS "count"
    FROM "Listing" l
    WHERE l."status" = 'PUBLISHED' AND ${sampleCondition(scope)} AND l."publishedAt" >= ${since}
    GROUP BY 1
    UNION ALL
    SELECT to_char(l."lastVerifiedAt" AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM'), 'verified', count(*)::int
    FROM "Listing" l
    WHERE l."status" = 'PUBLISHED' AND ${sampleCondition(scope)} AND l."lastVerifiedAt" >= ${since}
    GROUP BY 1`;
}

export async function getDirectoryStatistics(
  scope: StatisticsScope,
  today: string = todayInJakarta(),
): Promise<DirectoryStatistics> {
  const months = listRecentMonths(today);
  const since = startOfJakartaDay(`${months[0]}-01`);
  const [subsectors, kindBySubsector, kecamatanRows, certificates, overTimeRows] = await Promise.all([
    publicReadPrisma.subsector.findMany({
      orderBy: { sortOrder: "asc" },
      select: { slug: true, nameIndonesian: true, nameEn: true },
    }),
    countKindBySubsector(scope, today),
    countByKecamatan(scope),
    countCertificates(scope, today),
    countOverTime(scope, since),
  ]);

  const kecamatanCounts = new Map<Kecamatan | null, number>();
  let listings = 0;
  let samples = 0;
  for (const row of kecamatanRows) {
    const count = row._count._all;
    kecamatanCounts.set(row.kecamatan, (kecamatanCounts.get(row.kecamatan) ?? 0) + count);
    listings += count;
    if (row.isSample) samples += count;
  }
  const kecamatanOrder: (Kecamatan | null)[] = [...kecamatanValues, null];
  const byKecamatan = kecamatanOrder
    .map((kecamatan) => ({ kecamatan, count: kecamatanCounts.get(kecamatan) ?? 0 }))
    .filter((row) => row.kecamatan !== null || row.count > 0);

  const countOf = (month: string, series: "new" | "verified") =>
    overTimeRows.find((row) => row.month === month && row.series === series)?.count ?? 0;
  const overTime = months.map((month) => ({
    month,
    newCount: countOf(month, "new"),
    verifiedCount: countOf(month, "verified"),
  }));

  return {
    includeSamples: scope.includeSamples,
    totals: { listings, samples },
    subsectors,
    kindBySubsector,
    byKecamatan,
    certificates,
    overTime,
  };
}
