import type { MetadataRoute } from "next";
import type { ListingKind } from "@/lib/generated/prisma/enums";
import { locales } from "@/lib/i18n/routing";
import { getListingPath, listingKinds } from "@/lib/listings/kinds";
import { buildLanguageAlternates, localizePath } from "./alternates";
import { routes } from "@/lib/site/routes";

/** The sitemaps protocol's limit per file; beyond it a sitemap index is required. */
export const SITEMAP_URL_LIMIT = 50_000;

type SitemapEntry = MetadataRoute.Sitemap[number];

export type SitemapSources = {
  subsectors: { slug: string }[];
  listings: { slug: string; kind: ListingKind; updatedAt: Date }[];
  events?: { slug: string; updatedAt: Date }[];
};

// Next writes URLs into the XML unescaped: percent-encoding each segment keeps an odd slug (an "&") valid.
function encodePath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

// The home page without a trailing slash, as Next writes it in <link rel="canonical">.
function toAbsoluteUrl(siteUrl: string, path: string): string {
  return path === "/" ? siteUrl : `${siteUrl}${path}`;
}

function buildPageEntries(siteUrl: string, rawPath: string, lastModified?: Date): SitemapEntry[] {
  const path = encodePath(rawPath);
  const languages = Object.fromEntries(
    Object.entries(buildLanguageAlternates(path)).map(([language, localized]) => [
      language,
      toAbsoluteUrl(siteUrl, localized),
    ]),
  );
  return locales.map((locale) => ({
    url: toAbsoluteUrl(siteUrl, localizePath(locale, path)),
    ...(lastModified ? { lastModified } : {}),
    alternates: { languages },
  }));
}

/** One entry per page and language, each naming all its language versions. */
export function buildSitemapEntries(siteUrl: string, sources: SitemapSources): MetadataRoute.Sitemap {
  const pages: { path: string; lastModified?: Date }[] = [
    // The home and subsector pages change with every listing; no honest lastModified exists for them.
    { path: "/" },
    { path: routes.subsectors },
    { path: routes.map },
    { path: routes.certifications },
    { path: routes.events },
    { path: routes.statistics },
    { path: routes.openData },
    { path: routes.collaboration },
    ...listingKinds.map((kind) => ({ path: routes.directory(kind) })),
    ...sources.subsectors.map((subsector) => ({ path: routes.subsector(subsector.slug) })),
    ...sources.listings.map((listing) => ({ path: getListingPath(listing), lastModified: listing.updatedAt })),
    ...(sources.events ?? []).map((event) => ({ path: routes.event(event.slug), lastModified: event.updatedAt })),
  ];
  return pages.flatMap((page) => buildPageEntries(siteUrl, page.path, page.lastModified));
}

/** Splits entries into sitemap-sized chunks; always at least one (possibly empty) chunk. */
export function chunkSitemapEntries<T>(entries: readonly T[], size: number = SITEMAP_URL_LIMIT): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be a positive integer, got ${size}`);
  const chunks: T[][] = [];
  for (let start = 0; start < entries.length; start += size) chunks.push(entries.slice(start, start + size));
  return chunks.length > 0 ? chunks : [[]];
}
