import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { decodeDirectoryQuery } from "@/lib/directory/cache-key";
import { buildKindDirectoryMetadata, KindDirectoryPage } from "@/components/directory/kind-directory-page";

// A kind's directory for one set of filters, which the proxy encodes into `query` (lib/directory/cache-key.ts):
// rendered on first request and cached like the profiles (docs/decisions/004). Readers never see this path.
export const revalidate = 60;
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

type PageProps = { params: Promise<{ locale: string; kind: string; query: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, kind } = await params;
  return buildKindDirectoryMetadata(locale, kind);
}

export default async function CachedDirectoryPage({ params }: PageProps) {
  const { locale, kind, query } = await params;
  setRequestLocale(locale);
  return <KindDirectoryPage locale={locale} kindPath={kind} searchParams={decodeDirectoryQuery(query)} />;
}
