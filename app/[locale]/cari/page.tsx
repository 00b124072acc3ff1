import type { Metadata } from "next";
import { connection } from "next/server";
import { setRequestLocale } from "next-intl/server";
import { buildSearchMetadata, SearchResultsPage } from "@/components/directory/kind-directory-page";
import type { LocalePageProps } from "@/lib/i18n/page-props";

export async function generateMetadata({ params }: LocalePageProps): Promise<Metadata> {
  const { locale } = await params;
  return buildSearchMetadata(locale);
}

// Reached only when the proxy did not route the request to the cached search (app/[locale]/saring/cari).
export default async function SearchPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  return <SearchResultsPage locale={locale} searchParams={await searchParams} />;
}
