import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { listSubsectors } from "@/lib/subsectors/queries";
import { buildAlternates, buildOpenGraph } from "@/lib/seo/alternates";
import { routes } from "@/lib/site/routes";

// Cached like the home page (docs/decisions/004-public-page-caching.md).
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type PageProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Subsector" });
  const tMetadata = await getTranslations({ locale, namespace: "Metadata" });
  const alternates = buildAlternates(locale, routes.subsectors);
  return {
    title: t("listTitle"),
    alternates,
    openGraph: buildOpenGraph(locale, {
      siteName: tMetadata("siteName"),
      title: t("listTitle"),
      url: alternates.canonical,
    }),
  };
}

export default async function SubsectorsPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Subsector");
  const subsectors = await listSubsectors();
  return (
    <section className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("listTitle")}</h1>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {subsectors.map((subsector) => (
          <li key={subsector.slug}>
            <Link
              href={routes.subsector(subsector.slug)}
              className="block rounded-lg border border-slate-200 px-4 py-3 font-medium text-brand-800 hover:bg-brand-50"
            >
              {pickLocalized(locale, subsector.nameIndonesian, subsector.nameEn)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
