import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { decodeDirectoryQuery } from "@/lib/directory/cache-key";
import { buildSubsectorMetadata, SubsectorPageContent } from "@/components/subsectors/subsector-page-content";

// A subsector page for one set of directory filters, which the proxy encodes into `query`
// (lib/directory/cache-key.ts): rendered on first request and cached like the directories (docs/decisions/004,
// 014). Readers never see this path.
export const revalidate = 60;
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

type PageProps = { params: Promise<{ locale: string; slug: string; query: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, slug } = await params;
  return buildSubsectorMetadata(locale, slug);
}

export default async function CachedSubsectorPage({ params }: PageProps) {
  const { locale, slug, query } = await params;
  setRequestLocale(locale);
  return <SubsectorPageContent locale={locale} slug={slug} searchParams={decodeDirectoryQuery(query)} />;
}
