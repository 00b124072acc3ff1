import "server-only";
import { revalidatePath } from "@/lib/cache/revalidate-pages";
import { routing } from "@/lib/i18n/routing";
import type { ListingKind } from "@/lib/generated/prisma/enums";
import { getListingPath } from "./kinds";

/**
 * A listing's public face changed (content, status, slug, verification, certificates): its cached profile pages
 * (both languages), the home page, the cached directory, search and subsector pages and
 * the sitemap (docs/decisions/004).
 * Cache entries are keyed by the internal path, which always carries the locale.
 */
export function revalidateListingPages(listing: { kind: ListingKind; slug: string }) {
  const path = getListingPath(listing);
  for (const locale of routing.locales) revalidatePath(`/${locale}${path}`);
  revalidatePath("/[locale]", "page");
  revalidatePath("/[locale]/saring/[kind]/[query]", "page");
  revalidatePath("/[locale]/saring/cari/[query]", "page");
  revalidatePath("/[locale]/saring/subsektor/[slug]/[query]", "page");
  revalidatePath("/sitemap.xml");
}
