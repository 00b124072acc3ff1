import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { decodeDirectoryQuery } from "@/lib/directory/cache-key";
import { buildSearchMetadata, SearchResultsPage } from "@/components/directory/kind-directory-page";

// The search for one set of filters, encoded into `query` by the proxy, cached like the directories.
export const revalidate = 60;
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

type PageProps = { params: Promise<{ locale: string; query: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  return buildSearchMetadata(locale);
}

export default async function CachedSearchPage({ params }: PageProps) {
  const { locale, query } = await params;
  setRequestLocale(locale);
  return <SearchResultsPage locale={locale} searchParams={decodeDirectoryQuery(query)} />;
}
