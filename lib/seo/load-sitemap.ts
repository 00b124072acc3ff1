import "server-only";
import { getSiteUrl } from "./site-url";
import { listSitemapEvents, listSitemapListings, listSitemapSubsectors } from "./queries";
import { buildSitemapEntries, chunkSitemapEntries } from "./sitemap-entries";

/** Every public page in both languages, split into sitemap-sized files. */
export async function loadSitemapChunks() {
  const [subsectors, listings, events] = await Promise.all([
    listSitemapSubsectors(),
    listSitemapListings(),
    listSitemapEvents(),
  ]);
  return chunkSitemapEntries(buildSitemapEntries(getSiteUrl(), { subsectors, listings, events }));
}
