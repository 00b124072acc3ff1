import { connection } from "next/server";
import { loadSitemapChunks } from "@/lib/seo/load-sitemap";
import { getSiteUrl } from "@/lib/seo/site-url";
import { renderSitemapIndex, renderUrlSet, xmlResponse } from "@/lib/seo/sitemap-xml";

// Up to 50,000 URLs: the sitemap itself. Beyond: an index of /sitemap/0.xml, /sitemap/1.xml, …
export async function GET() {
  await connection(); // the build has no database, and listings change after it
  const chunks = await loadSitemapChunks();
  if (chunks.length === 1) return xmlResponse(renderUrlSet(chunks[0] ?? []));
  const siteUrl = getSiteUrl();
  return xmlResponse(renderSitemapIndex(chunks.map((_, index) => `${siteUrl}/sitemap/${index}.xml`)));
}
