import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { publicReadPrisma } from "@/lib/db/client";
import { startOfJakartaDay, type StatisticsPeriod } from "./period";
import type { StatisticsScope } from "./queries";

// The monev funnel: of the published businesses that took part in a training or bimtek held in the period
// (its start date in Jakarta), how many applied for a certification — a certification recorded from the start of
// the period on, so an application after the training still counts when the period is over — and how many of
// those applications ended certified (expired ones included: they were certified). Each step is a subset of the
// one before. One database round trip.

export type FunnelCounts = { trained: number; applied: number; certified: number };

export type FunnelRow = FunnelCounts & { key: string; nameIndonesian: string; nameEn: string };

export type MonevFunnel = {
  period: StatisticsPeriod;
  includeSamples: boolean;
  total: FunnelCounts;
  /** Subsectors with at least one trained business, in the usual order; a business counts in each of its subsectors. */
  bySubsector: FunnelRow[];
  /** Programmes with at least one trained business (key: the programme's slug); key "" = events outside a programme. */
  byProgramme: (FunnelRow & { year: number | null })[];
};

export const TRAINING_EVENT_TYPES = ["TRAINING", "BIMTEK"] as const;

type Row = {
  dimension: "total" | "subsector" | "programme";
  key: string;
  nameIndonesian: string | null;
  nameEn: string | null;
  year: number | null;
  sortOrder: number | null;
  trained: number;
  applied: number;
  certified: number;
};

export async function getMonevFunnel(scope: StatisticsScope, period: StatisticsPeriod): Promise<MonevFunnel> {
  const periodStart = startOfJakartaDay(period.from);
  const samples = scope.includeSamples ? Prisma.sql`TRUE` : Prisma.sql`NOT l."isSample" AND NOT e."isSample"`;
  const rows = await publicReadPrisma.$queryRaw<Row[]>`
    WITH trained AS (
      SELECT DISTINCT p."listingId", e."programmeId"
      FROM "EventParticipation" p
      JOIN "Event" e ON e."id" = p."eventId"
      JOIN "Listing" l ON l."id" = p."listingId"
      WHERE e."type"::text IN (${Prisma.join([...TRAINING_EVENT_TYPES])})
        AND e."status" = 'PUBLISHED'
        AND (e."startsAt" AT TIME ZONE 'Asia/Jakarta')::date BETWEEN ${period.from}::date AND ${period.to}::date
        AND l."status" = 'PUBLISHED' AND ${samples}
    ),
    outcome AS (
      SELECT t."listingId",
        EXISTS (
          SELECT 1 FROM "Certification" c WHERE c."listingId" = t."listingId" AND c."createdAt" >= ${periodStart}
        ) AS "hasApplied",
        EXISTS (
          SELECT 1 FROM "Certification" c
          WHERE c."listingId" = t."listingId" AND c."createdAt" >= ${periodStart} AND c."status" = 'CERTIFIED'
        ) AS "isCertified"
      FROM (SELECT DISTINCT "listingId" FROM trained) t
    )
    SELECT 'total' AS "dimension", '' AS "key", NULL AS "nameIndonesian", NULL AS "nameEn", NULL::int AS "year",
      NULL::int AS "sortOrder", count(*)::int AS "trained",
      (count(*) FILTER (WHERE o."hasApplied"))::int AS "applied",
      (count(*) FILTER (WHERE o."isCertified"))::int AS "certified"
    FROM outcome o
    UNION ALL
    SELECT 'subsector', s."slug", s."nameId", s."nameEn", NULL, s."sortOrder", count(*)::int,
      (count(*) FILTER (WHERE o."hasApplied"))::int, (count(*) FILTER (WHERE o."isCertified"))::int
    FROM outcome o
    JOIN "Listing" l ON l."id" = o."listingId"
    JOIN LATERAL (
      SELECT l."primarySubsectorId" AS "subsectorId"
      UNION
      SELECT ls."subsectorId" FROM "ListingSubsector" ls WHERE ls."listingId" = l."id"
    ) m ON TRUE
    JOIN "Subsector" s ON s."id" = m."subsectorId"
    GROUP BY s."slug", s."nameId", s."nameEn", s."sortOrder"
    UNION ALL
    SELECT 'programme', coalesce(pr."slug", ''), pr."nameId", pr."nameEn", pr."year", NULL,
      count(DISTINCT t."listingId")::int,
      (count(DISTINCT t."listingId") FILTER (WHERE o."hasApplied"))::int,
      (count(DISTINCT t."listingId") FILTER (WHERE o."isCertified"))::int
    FROM trained t
    JOIN outcome o ON o."listingId" = t."listingId"
    LEFT JOIN "Programme" pr ON pr."id" = t."programmeId"
    GROUP BY pr."slug", pr."nameId", pr."nameEn", pr."year"`;

  const counts = (row: Row): FunnelCounts => ({ trained: row.trained, applied: row.applied, certified: row.certified });
  const totalRow = rows.find((row) => row.dimension === "total");
  const bySubsector = rows
    .filter((row) => row.dimension === "subsector")
    .sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0))
    .map((row) => ({
      key: row.key,
      nameIndonesian: row.nameIndonesian ?? row.key,
      nameEn: row.nameEn ?? row.key,
      ...counts(row),
    }));
  const byProgramme = rows
    .filter((row) => row.dimension === "programme")
    // Newest programmes first, events outside any programme last.
    .sort((a, b) => (b.year ?? -1) - (a.year ?? -1) || (a.nameIndonesian ?? "").localeCompare(b.nameIndonesian ?? ""))
    .map((row) => ({
      key: row.key,
      nameIndonesian: row.nameIndonesian ?? "",
      nameEn: row.nameEn ?? "",
      year: row.year,
      ...counts(row),
    }));
  return {
    period,
    includeSamples: scope.includeSamples,
    total: totalRow ? counts(totalRow) : { trained: 0, applied: 0, certified: 0 },
    bySubsector,
    byProgramme,
  };
}
