import type { Metadata } from "next";
import { connection } from "next/server";
import { setRequestLocale } from "next-intl/server";
import { buildSubsectorMetadata, SubsectorPageContent } from "@/components/subsectors/subsector-page-content";
import type { LocalePageProps } from "@/lib/i18n/page-props";

// Readers reach the cached twin (app/[locale]/saring/subsektor), to which the proxy rewrites every subsector URL;
// this per-request version answers only what bypasses the proxy.
type PageProps = LocalePageProps<{ slug: string }>;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, slug } = await params;
  await connection();
  return buildSubsectorMetadata(locale, slug);
}

export default async function SubsectorPage({ params, searchParams }: PageProps) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await connection();
  return <SubsectorPageContent locale={locale} slug={slug} searchParams={await searchParams} />;
}
