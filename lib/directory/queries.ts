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
  nameIndonesian: string;
  nameEn: string | null;
  summaryIndonesian: string;
  summaryEn: string | null;
  summaryHighlight: string | null;
  kecamatan: Kecamatan | null;
  kelurahanCode: string | null;
  isSample: boolean;
  hasValidCertification: boolean;
  primarySubsectorSlug: string;
  primarySubsectorNameIndonesian: string;
  primarySubsectorNameEn: string;
  /** A public logo upload, else null (the card draws a monogram). */
  logoFileId: string | null;
  /** A public cover upload and its size, else null; or generated sample artwork (docs/decisions/026). */
  coverFileId: string | null;
  coverWidth: number | null;
  coverHeight: number | null;
  coverIsSample: boolean;
};

export type DirectoryFacets = {
  kind: Partial<Record<ListingKind, number>>;
  kecamatan: Partial<Record<Kecamatan, number>>;
  /** Per kelurahan code, counted like the kecamatan (without the kecamatan and kelurahan filters). */
  kelurahan: Record<string, number>;
  subsector: Record<string, number>;
};

/**
 * The text-search query for `q` (a tsquery in its text form), or null when `q` has no searchable word. Built by
 * the database function `search_tsquery` (docs/decisions/002): the words as typed, in the stemmed Indonesian and
 * the exact configuration, or'ed with each word widened to its closest names, tags and subsector names by pg_trgm,
 * so typos and partial words ("kulinr", "brawi") still match through the one GIN index. One round trip.
 */
export async function resolveTextQuery(q: string | null): Promise<string | null> {
  if (!q) return null;
  const [row] = await publicReadPrisma.$queryRaw<{ query: string | null }[]>`
    SELECT search_tsquery(${q})::text AS "query"`;
  return row?.query ?? null;
}

type WhereParts = { base: Prisma.Sql; kind: Prisma.Sql; area: Prisma.Sql; subsector: Prisma.Sql };

// Kind, area (kecamatan and kelurahan) and subsector are facets: each facet is counted with the other filters
// applied but not its own, so choosing "Klojen" or one of its kelurahan still shows how many entries the other
// kecamatan and kelurahan have.
function buildWhereParts(filters: DirectoryFilters, today: string, textQuery: string | null): WhereParts {
  const base: Prisma.Sql[] = [Prisma.sql`l."status" = 'PUBLISHED'`];
  if (filters.isCertifiedOnly) base.push(hasValidCertification(today));
  if (filters.q) base.push(textQuery ? Prisma.sql`l."searchVector" @@ ${textQuery}::tsquery` : Prisma.sql`FALSE`);
  return {
    base: Prisma.join(base, " AND "),
    kind: filters.kind ? Prisma.sql`l."kind" = ${filters.kind}::"ListingKind"` : Prisma.sql`TRUE`,
    area: Prisma.sql`${
      filters.kecamatan ? Prisma.sql`l."kecamatan" = ${filters.kecamatan}::"Kecamatan"` : Prisma.sql`TRUE`
    } AND ${filters.kelurahan ? Prisma.sql`l."kelurahanCode" = ${filters.kelurahan}` : Prisma.sql`TRUE`}`,
    subsector: filters.subsector
      ? Prisma.sql`EXISTS (
          SELECT 1 FROM "Subsector" s WHERE s."slug" = ${filters.subsector}
            AND (s."id" = l."primarySubsectorId"
              OR EXISTS (SELECT 1 FROM "ListingSubsector" ls WHERE ls."listingId" = l."id" AND ls."subsectorId" = s."id"))
        )`
      : Prisma.sql`TRUE`,
  };
}

/** The directory's WHERE clause over `"Listing" l`; `textQuery` comes from `resolveTextQuery(filters.q)`. */
export function buildWhere(filters: DirectoryFilters, today: string, textQuery: string | null) {
  const parts = buildWhereParts(filters, today, textQuery);
  return Prisma.sql`${parts.base} AND ${parts.kind} AND ${parts.area} AND ${parts.subsector}`;
}

function hasValidCertification(today: string) {
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "Certification" c
    WHERE c."listingId" = l."id" AND c."status" = 'CERTIFIED'
      AND (c."expiresOn" IS NULL OR c."expiresOn" >= ${today}::date)
  )`;
}

export function buildOrder(filters: DirectoryFilters, textQuery: string | null) {
  switch (filters.sort) {
    case "relevan":
      // ts_rank weighs where the words occur (names above summaries); ts_rank_cd measured 1.5–3 × slower on broad
      // queries at 100,000 listings for no visible gain in order.
      return textQuery
        ? Prisma.sql`ORDER BY ts_rank(l."searchVector", ${textQuery}::tsquery) DESC, lower(l."nameId") ASC, l."id" ASC`
        : Prisma.sql`ORDER BY lower(l."nameId") ASC, l."id" ASC`;
    case "terbaru":
      return Prisma.sql`ORDER BY l."publishedAt" DESC NULLS LAST, l."createdAt" DESC, l."id" ASC`;
    case "terverifikasi":
      return Prisma.sql`ORDER BY l."lastVerifiedAt" DESC NULLS LAST, lower(l."nameId") ASC, l."id" ASC`;
    case "nama":
      return Prisma.sql`ORDER BY lower(l."nameId") ASC, l."id" ASC`;
  }
}

// GROUPING(kind, kecamatan, primarySubsectorId, kelurahanCode) of each grouping set: the bit of a grouped column is 0.
const GROUPED_BY_KIND = 0b0111;
const GROUPED_BY_KECAMATAN = 0b1011;
const GROUPED_BY_SUBSECTOR = 0b1101;
const GROUPED_BY_KELURAHAN = 0b1110;
const GROUPED_BY_NOTHING = 0b1111;
const SECONDARY_SUBSECTORS = -1;

async function countFacets(parts: WhereParts): Promise<DirectoryFacets & { total: number }> {
  // One pass over the matches: every facet in one grouping-sets aggregate, each count filtered by the other
  // facets' conditions. Listings also count under their secondary subsectors (other than the primary one).
  const rows = await publicReadPrisma.$queryRaw<
    {
      grouping: number;
      kind: string | null;
      kecamatan: string | null;
      kelurahan: string | null;
      slug: string | null;
      count: bigint;
    }[]
  >`
    SELECT f."grouping", f."kind", f."kecamatan", f."kelurahan", s."slug", f."count"
    FROM (
      SELECT GROUPING(m."kind", m."kecamatan", m."primarySubsectorId", m."kelurahanCode") AS "grouping",
        m."kind"::text AS "kind", m."kecamatan"::text AS "kecamatan", m."kelurahanCode" AS "kelurahan",
        m."primarySubsectorId" AS "subsectorId",
        CASE GROUPING(m."kind", m."kecamatan", m."primarySubsectorId", m."kelurahanCode")
          WHEN ${GROUPED_BY_KIND} THEN count(*) FILTER (WHERE m."inArea" AND m."inSubsector")
          WHEN ${GROUPED_BY_KECAMATAN} THEN count(*) FILTER (WHERE m."inKind" AND m."inSubsector")
          WHEN ${GROUPED_BY_KELURAHAN} THEN count(*) FILTER (WHERE m."inKind" AND m."inSubsector")
          WHEN ${GROUPED_BY_SUBSECTOR} THEN count(*) FILTER (WHERE m."inKind" AND m."inArea")
          ELSE count(*) FILTER (WHERE m."inKind" AND m."inArea" AND m."inSubsector")
        END AS "count"
      FROM (
        SELECT l."kind", l."kecamatan", l."primarySubsectorId", l."kelurahanCode",
          ${parts.kind} AS "inKind", ${parts.area} AS "inArea", ${parts.subsector} AS "inSubsector"
        FROM "Listing" l WHERE ${parts.base}
      ) m
      GROUP BY GROUPING SETS ((m."kind"), (m."kecamatan"), (m."primarySubsectorId"), (m."kelurahanCode"), ())
      UNION ALL
      SELECT ${SECONDARY_SUBSECTORS}::int, NULL, NULL, NULL, ls."subsectorId", count(*)
      FROM "ListingSubsector" ls JOIN "Listing" l ON l."id" = ls."listingId"
      WHERE ls."subsectorId" <> l."primarySubsectorId" AND ${parts.base} AND ${parts.kind} AND ${parts.area}
      GROUP BY ls."subsectorId"
    ) f
    LEFT JOIN "Subsector" s ON s."id" = f."subsectorId"`;
  const facets: DirectoryFacets & { total: number } = {
    kind: {},
    kecamatan: {},
    kelurahan: {},
    subsector: {},
    total: 0,
  };
  for (const row of rows) {
    const count = Number(row.count);
    if (row.grouping === GROUPED_BY_KIND && row.kind && count > 0) {
      facets.kind[row.kind as ListingKind] = count;
    } else if (row.grouping === GROUPED_BY_KECAMATAN && row.kecamatan && count > 0) {
      facets.kecamatan[row.kecamatan as Kecamatan] = count;
    } else if (row.grouping === GROUPED_BY_KELURAHAN && row.kelurahan && count > 0) {
      facets.kelurahan[row.kelurahan] = count;
    } else if ((row.grouping === GROUPED_BY_SUBSECTOR || row.grouping === SECONDARY_SUBSECTORS) && row.slug) {
      if (count > 0) facets.subsector[row.slug] = (facets.subsector[row.slug] ?? 0) + count;
    } else if (row.grouping === GROUPED_BY_NOTHING) {
      facets.total = count;
    }
  }
  return facets;
}

async function selectPage(
  where: Prisma.Sql,
  filters: DirectoryFilters,
  textQuery: string | null,
  page: number,
  today: string,
) {
  const highlight = textQuery
    ? Prisma.sql`ts_headline('simple', coalesce(l."summaryId", ''), ${textQuery}::tsquery,
        ${`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, HighlightAll=true`})`
    : Prisma.sql`NULL`;
  const order = buildOrder(filters, textQuery);
  // The page's ids first, then their columns: the certificate check and highlighting run for these rows only.
  return publicReadPrisma.$queryRaw<DirectoryResult[]>`
    WITH hits AS (
      SELECT l."id" FROM "Listing" l WHERE ${where} ${order}
      LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}
    )
    SELECT l."id", l."kind"::text AS "kind", l."slug", l."nameId" AS "nameIndonesian", l."nameEn", l."summaryId" AS "summaryIndonesian", l."summaryEn",
      ${highlight} AS "summaryHighlight",
      l."kecamatan"::text AS "kecamatan", l."kelurahanCode", l."isSample",
      ${hasValidCertification(today)} AS "hasValidCertification",
      ps."slug" AS "primarySubsectorSlug", ps."nameId" AS "primarySubsectorNameIndonesian",
      ps."nameEn" AS "primarySubsectorNameEn",
      CASE WHEN logo."visibility" = 'PUBLIC' THEN logo."id" END AS "logoFileId",
      CASE WHEN cover."visibility" = 'PUBLIC' THEN cover."id" END AS "coverFileId",
      CASE WHEN cover."visibility" = 'PUBLIC' THEN cover."width" END AS "coverWidth",
      CASE WHEN cover."visibility" = 'PUBLIC' THEN cover."height" END AS "coverHeight",
      (l."coverIsSample" AND cover."visibility" IS DISTINCT FROM 'PUBLIC') AS "coverIsSample"
    FROM hits
    JOIN "Listing" l ON l."id" = hits."id"
    JOIN "Subsector" ps ON ps."id" = l."primarySubsectorId"
    LEFT JOIN "StoredFile" logo ON logo."id" = l."logoFileId"
    LEFT JOIN "StoredFile" cover ON cover."id" = l."coverFileId"
    ${order}`;
}

/**
 * One page of published listings matching the filters, the facet counts of all matches, and the page actually
 * shown (a page past the end shows the last page). Two database round trips (three with a text query: its
 * tsquery first), one more when the page was too far.
 */
export async function searchDirectory(filters: DirectoryFilters) {
  const today = todayInJakarta();
  const textQuery = await resolveTextQuery(filters.q);
  const parts = buildWhereParts(filters, today, textQuery);
  const where = buildWhere(filters, today, textQuery);
  const [{ total, ...facets }, firstTry] = await Promise.all([
    countFacets(parts),
    selectPage(where, filters, textQuery, filters.page, today),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const isPageOutOfRange = filters.page > pageCount;
  const results = isPageOutOfRange ? await selectPage(where, filters, textQuery, pageCount, today) : firstTry;
  return { results, facets, total, page: isPageOutOfRange ? pageCount : filters.page, pageCount, isPageOutOfRange };
}

export type DirectorySearch = Awaited<ReturnType<typeof searchDirectory>>;

export type MapMarker = {
  kind: ListingKind;
  slug: string;
  name: string;
  latitude: number;
  longitude: number;
  kelurahanCode: string | null;
};

const MAX_MARKERS = 20_000;

/** Located listings matching the filters, as compact markers for the map (names in the reader's language). */
export async function listDirectoryMarkers(filters: DirectoryFilters, locale: string): Promise<MapMarker[]> {
  const where = buildWhere(filters, todayInJakarta(), await resolveTextQuery(filters.q));
  const rows = await publicReadPrisma.$queryRaw<
    {
      kind: ListingKind;
      slug: string;
      nameIndonesian: string;
      nameEn: string | null;
      latitude: number;
      longitude: number;
      kelurahanCode: string | null;
    }[]
  >`
    SELECT l."kind"::text AS "kind", l."slug", l."nameId" AS "nameIndonesian", l."nameEn",
      l."latitude"::float8 AS "latitude", l."longitude"::float8 AS "longitude", l."kelurahanCode"
    FROM "Listing" l
    WHERE ${where} AND l."latitude" IS NOT NULL AND l."longitude" IS NOT NULL
    ORDER BY l."id"
    LIMIT ${MAX_MARKERS}`;
  return rows.map((row) => ({
    kind: row.kind,
    slug: row.slug,
    name: locale === "en" && row.nameEn ? row.nameEn : row.nameIndonesian,
    latitude: row.latitude,
    longitude: row.longitude,
    kelurahanCode: row.kelurahanCode,
  }));
}
