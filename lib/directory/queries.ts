import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Kecamatan, ListingKind } from "@/lib/generated/prisma/enums";
import { publicReadPrisma } from "@/lib/db/client";
import { todayInJakarta } from "@/lib/dates";
import { PAGE_SIZE, type DirectoryFilters } from "./filters";

import { HIGHLIGHT_END, HIGHLIGHT_START } from "./markers";

export type DirectoryResult = {
  id: string;
  kind: ListingKind;
  slug: string;
  nameId: string;
  nameEn: string | null;
  summaryId: string;
  summaryEn: string | null;
  summaryHighlight: string | null;
  kecamatan: Kecamatan | null;
  isSample: boolean;
  hasValidCertification: boolean;
  primarySubsectorNameId: string;
  primarySubsectorNameEn: string;
};

export type DirectoryFacets = {
  kind: Partial<Record<ListingKind, number>>;
  kecamatan: Partial<Record<Kecamatan, number>>;
  subsector: Record<string, number>;
};

function buildTextQuery(q: string) {
  // Full-text in both configurations, plus trigram matching on names and subsector names for typos and partial
  // words ("kulinr", "brawi"). Each branch of the union can use its own index (GIN on the tsvector, GIN trigram
  // on names, b-tree on subsectors); `<%` is word_similarity above pg_trgm's threshold.
  const matchingSubsectors = Prisma.sql`SELECT s."id" FROM "Subsector" s WHERE ${q} <% s."nameId" OR ${q} <% s."nameEn"`;
  return Prisma.sql`l."id" IN (
    SELECT t."id" FROM "Listing" t
      WHERE t."searchVector" @@ (websearch_to_tsquery('indonesian', ${q}) || websearch_to_tsquery('simple', ${q}))
    UNION SELECT t."id" FROM "Listing" t WHERE ${q} <% t."nameId"
    UNION SELECT t."id" FROM "Listing" t WHERE ${q} <% t."nameEn"
    UNION SELECT t."id" FROM "Listing" t WHERE t."primarySubsectorId" IN (${matchingSubsectors})
    UNION SELECT ls."listingId" FROM "ListingSubsector" ls WHERE ls."subsectorId" IN (${matchingSubsectors})
  )`;
}

type WhereParts = { base: Prisma.Sql; kind: Prisma.Sql; kecamatan: Prisma.Sql; subsector: Prisma.Sql };

// Kind, kecamatan and subsector are facets: each facet is counted with the other filters applied but not its
// own, so choosing "Klojen" still shows how many entries the other kecamatan have.
function buildWhereParts(filters: DirectoryFilters, today: string): WhereParts {
  const base: Prisma.Sql[] = [Prisma.sql`l."status" = 'PUBLISHED'`];
  if (filters.isCertifiedOnly) base.push(hasValidCertification(today));
  if (filters.q) base.push(buildTextQuery(filters.q));
  return {
    base: Prisma.join(base, " AND "),
    kind: filters.kind ? Prisma.sql`l."kind" = ${filters.kind}::"ListingKind"` : Prisma.sql`TRUE`,
    kecamatan: filters.kecamatan ? Prisma.sql`l."kecamatan" = ${filters.kecamatan}::"Kecamatan"` : Prisma.sql`TRUE`,
    subsector: filters.subsector
      ? Prisma.sql`EXISTS (
          SELECT 1 FROM "Subsector" s WHERE s."slug" = ${filters.subsector}
            AND (s."id" = l."primarySubsectorId"
              OR EXISTS (SELECT 1 FROM "ListingSubsector" ls WHERE ls."listingId" = l."id" AND ls."subsectorId" = s."id"))
        )`
      : Prisma.sql`TRUE`,
  };
}

export function buildWhere(filters: DirectoryFilters, today: string) {
  const parts = buildWhereParts(filters, today);
  return Prisma.sql`${parts.base} AND ${parts.kind} AND ${parts.kecamatan} AND ${parts.subsector}`;
}

function hasValidCertification(today: string) {
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "Certification" c
    WHERE c."listingId" = l."id" AND c."status" = 'CERTIFIED'
      AND (c."expiresOn" IS NULL OR c."expiresOn" >= ${today}::date)
  )`;
}

export function buildOrder(filters: DirectoryFilters) {
  switch (filters.sort) {
    case "relevan":
      return Prisma.sql`ORDER BY
        ts_rank_cd(l."searchVector", websearch_to_tsquery('indonesian', ${filters.q}) || websearch_to_tsquery('simple', ${filters.q}))
          + word_similarity(${filters.q}, l."nameId") DESC,
        lower(l."nameId") ASC, l."id" ASC`;
    case "terbaru":
      return Prisma.sql`ORDER BY l."publishedAt" DESC NULLS LAST, l."createdAt" DESC, l."id" ASC`;
    case "terverifikasi":
      return Prisma.sql`ORDER BY l."lastVerifiedAt" DESC NULLS LAST, lower(l."nameId") ASC, l."id" ASC`;
    case "nama":
      return Prisma.sql`ORDER BY lower(l."nameId") ASC, l."id" ASC`;
  }
}

async function countFacets(parts: WhereParts): Promise<DirectoryFacets & { total: number }> {
  const rows = await publicReadPrisma.$queryRaw<{ facet: string; value: string; count: bigint }[]>`
    WITH matched AS (
      SELECT l."id", l."kind", l."kecamatan", l."primarySubsectorId",
        ${parts.kind} AS "inKind", ${parts.kecamatan} AS "inKecamatan", ${parts.subsector} AS "inSubsector"
      FROM "Listing" l WHERE ${parts.base}
    )
    SELECT 'total' AS facet, '' AS value, count(*) AS count FROM matched m
      WHERE m."inKind" AND m."inKecamatan" AND m."inSubsector"
    UNION ALL
    SELECT 'kind', m."kind"::text, count(*) FROM matched m WHERE m."inKecamatan" AND m."inSubsector" GROUP BY m."kind"
    UNION ALL
    SELECT 'kecamatan', m."kecamatan"::text, count(*) FROM matched m
      WHERE m."kecamatan" IS NOT NULL AND m."inKind" AND m."inSubsector" GROUP BY m."kecamatan"
    UNION ALL
    SELECT 'subsector', s."slug", count(DISTINCT pairs."listingId")
    FROM (
      SELECT m."id" AS "listingId", m."primarySubsectorId" AS "subsectorId" FROM matched m
        WHERE m."inKind" AND m."inKecamatan"
      UNION
      SELECT ls."listingId", ls."subsectorId" FROM "ListingSubsector" ls
        JOIN matched m ON m."id" = ls."listingId" WHERE m."inKind" AND m."inKecamatan"
    ) pairs JOIN "Subsector" s ON s."id" = pairs."subsectorId"
    GROUP BY s."slug"`;
  const facets: DirectoryFacets & { total: number } = { kind: {}, kecamatan: {}, subsector: {}, total: 0 };
  for (const row of rows) {
    if (row.facet === "total") {
      facets.total = Number(row.count);
      continue;
    }
    const bucket = facets[row.facet as keyof DirectoryFacets] as Record<string, number>;
    bucket[row.value] = Number(row.count);
  }
  return facets;
}

async function selectPage(where: Prisma.Sql, filters: DirectoryFilters, page: number, today: string) {
  const highlight = filters.q
    ? Prisma.sql`ts_headline('simple', coalesce(l."summaryId", ''),
        websearch_to_tsquery('simple', ${filters.q}),
        ${`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, HighlightAll=true`})`
    : Prisma.sql`NULL`;
  return publicReadPrisma.$queryRaw<DirectoryResult[]>`
    SELECT l."id", l."kind"::text AS "kind", l."slug", l."nameId", l."nameEn", l."summaryId", l."summaryEn",
      ${highlight} AS "summaryHighlight",
      l."kecamatan"::text AS "kecamatan", l."isSample",
      ${hasValidCertification(today)} AS "hasValidCertification",
      ps."nameId" AS "primarySubsectorNameId", ps."nameEn" AS "primarySubsectorNameEn"
    FROM "Listing" l
    JOIN "Subsector" ps ON ps."id" = l."primarySubsectorId"
    WHERE ${where}
    ${buildOrder(filters)}
    LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
}

/**
 * One page of published listings matching the filters, the facet counts of all matches, and the page actually
 * shown (a page past the end shows the last page). Two database round trips, three when the page was too far.
 */
export async function searchDirectory(filters: DirectoryFilters) {
  const today = todayInJakarta();
  const parts = buildWhereParts(filters, today);
  const where = buildWhere(filters, today);
  const [{ total, ...facets }, firstTry] = await Promise.all([
    countFacets(parts),
    selectPage(where, filters, filters.page, today),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const isPageOutOfRange = filters.page > pageCount;
  const results = isPageOutOfRange ? await selectPage(where, filters, pageCount, today) : firstTry;
  return { results, facets, total, page: isPageOutOfRange ? pageCount : filters.page, pageCount, isPageOutOfRange };
}

export type DirectorySearch = Awaited<ReturnType<typeof searchDirectory>>;

export type MapMarker = { kind: ListingKind; slug: string; name: string; latitude: number; longitude: number };

const MAX_MARKERS = 20_000;

/** Located listings matching the filters, as compact markers for the map (names in the reader's language). */
export async function listDirectoryMarkers(filters: DirectoryFilters, locale: string): Promise<MapMarker[]> {
  const where = buildWhere(filters, todayInJakarta());
  const rows = await publicReadPrisma.$queryRaw<
    { kind: ListingKind; slug: string; nameId: string; nameEn: string | null; latitude: number; longitude: number }[]
  >`
    SELECT l."kind"::text AS "kind", l."slug", l."nameId", l."nameEn",
      l."latitude"::float8 AS "latitude", l."longitude"::float8 AS "longitude"
    FROM "Listing" l
    WHERE ${where} AND l."latitude" IS NOT NULL AND l."longitude" IS NOT NULL
    ORDER BY l."id"
    LIMIT ${MAX_MARKERS}`;
  return rows.map((row) => ({
    kind: row.kind,
    slug: row.slug,
    name: locale === "en" && row.nameEn ? row.nameEn : row.nameId,
    latitude: row.latitude,
    longitude: row.longitude,
  }));
}
