import "server-only";
import { prisma } from "@/lib/db/client";
import type { ListingKind } from "@/lib/generated/prisma/enums";

export type SimilarListing = { id: string; kind: ListingKind; slug: string; nameIndonesian: string; status: string };

/**
 * Listings of the same kind whose name looks like this one (pg_trgm similarity), to show possible duplicates
 * before someone proposes a new listing. Archived listings are left out.
 */
export async function findSimilarListings(kind: ListingKind, name: string, limit = 5): Promise<SimilarListing[]> {
  const trimmed = name.trim();
  if (trimmed.length < 3) return [];
  return prisma.$queryRaw<SimilarListing[]>`
    SELECT "id", "kind", "slug", "nameId" AS "nameIndonesian", "status"::text AS "status"
    FROM "Listing"
    WHERE "kind" = ${kind}::"ListingKind"
      AND "status" <> 'ARCHIVED'
      AND (similarity("nameId", ${trimmed}) > 0.35 OR "nameId" ILIKE ${`%${trimmed.replace(/[%_\\]/g, "\\$&")}%`})
    ORDER BY similarity("nameId", ${trimmed}) DESC, "nameId"
    LIMIT ${limit}`;
}
