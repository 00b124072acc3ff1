import type { Metadata } from "next";
import { connection } from "next/server";
import { setRequestLocale } from "next-intl/server";
import { buildKindDirectoryMetadata, KindDirectoryPage } from "@/components/directory/kind-directory-page";
import type { LocalePageProps } from "@/lib/i18n/page-props";

type PageProps = LocalePageProps<{ kind: string }>;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, kind } = await params;
  return buildKindDirectoryMetadata(locale, kind);
}

// Reached only when the proxy did not route the request to the cached directory (app/[locale]/saring): then it
// renders per request, with the same content.
export default async function DirectoryPage({ params, searchParams }: PageProps) {
  const { locale, kind } = await params;
  setRequestLocale(locale);
  await connection();
  return <KindDirectoryPage locale={locale} kindPath={kind} searchParams={await searchParams} />;
}
