import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { listSitemapListings, listSitemapSubsectors } from "@/lib/seo/queries";
import { getSiteUrl } from "@/lib/seo/site-url";
import { buildSitemapEntries, chunkSitemapEntries, SITEMAP_URL_LIMIT } from "@/lib/seo/sitemap-entries";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // Read at request time: the build has no database, and listings change after it.
  await connection();
  const [subsectors, listings] = await Promise.all([listSitemapSubsectors(), listSitemapListings()]);
  const chunks = chunkSitemapEntries(buildSitemapEntries(getSiteUrl(), { subsectors, listings }));
  if (chunks.length > 1) {
    // Search engines reject an over-long sitemap outright; serving the first 50,000 URLs keeps those indexed
    // until /sitemap.xml becomes a sitemap index over generateSitemaps chunks.
    console.error(
      `[sitemap] ${chunks.length} chunks of ${SITEMAP_URL_LIMIT} URLs needed; only the first is served: add a sitemap index`,
    );
  }
  return chunks[0] ?? [];
}
