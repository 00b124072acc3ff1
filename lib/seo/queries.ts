import "server-only";
import { prisma } from "@/lib/db/client";

/** Published listings only: drafts, pending, rejected, inactive and archived entries have no public page. */
export async function listSitemapListings() {
  return prisma.listing.findMany({
    where: { status: "PUBLISHED" },
    // A stable order keeps each URL in the same sitemap chunk between requests.
    orderBy: { slug: "asc" },
    select: { slug: true, kind: true, updatedAt: true },
  });
}

export async function listSitemapSubsectors() {
  return prisma.subsector.findMany({ orderBy: { sortOrder: "asc" }, select: { slug: true } });
}

/** Published events that are not samples (sample event pages are not indexed). */
export async function listSitemapEvents() {
  return prisma.event.findMany({
    where: { status: "PUBLISHED", isSample: false },
    orderBy: { slug: "asc" },
    select: { slug: true, updatedAt: true },
  });
}
