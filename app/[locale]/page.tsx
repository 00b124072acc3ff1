import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { listHeadlineFigures } from "@/lib/figures/queries";
import { listSubsectors } from "@/lib/subsectors/queries";
import { buildAlternates, buildOpenGraph } from "@/lib/seo/alternates";
import { listFeaturedListings, listRecentlyVerifiedListings } from "@/lib/listings/queries";
import { FigureCard } from "@/components/figure-card";
import { ListingCardSection } from "@/components/listing-card-list";
import { MapPreview } from "@/components/map/map-preview";
import { listDirectoryMarkers } from "@/lib/directory/queries";
import { parseDirectoryFilters } from "@/lib/directory/filters";

const PDRB_FIGURE_PREFIX = "pdrb-";
// Public pages are rendered on first request and then served from Next's cache for up to a minute
// (docs/decisions/004-public-page-caching.md). Nothing is prerendered at build time: the build has no database.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const alternates = buildAlternates(locale, "/");
  return {
    alternates,
    openGraph: buildOpenGraph(locale, {
      siteName: t("siteName"),
      title: t("siteName"),
      description: t("description"),
      url: alternates.canonical,
    }),
  };
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Home");
  const tStatistics = await getTranslations("Statistics");
  const [figures, subsectors, featured, recentlyVerified] = await Promise.all([
    listHeadlineFigures(),
    listSubsectors(),
    listFeaturedListings(),
    listRecentlyVerifiedListings(),
  ]);
  const points = await listDirectoryMarkers(parseDirectoryFilters({}, { knownSubsectorSlugs: [] }).filters, locale);
  const tMap = await getTranslations("Map");
  // The two PDRB shares disagree: they are shown together, with an explanation, never one alone.
  const pdrbFigures = figures.filter((figure) => figure.key.startsWith(PDRB_FIGURE_PREFIX));
  const otherFigures = figures.filter((figure) => !figure.key.startsWith(PDRB_FIGURE_PREFIX));

  return (
    <div className="space-y-12">
      <section aria-labelledby="judul-beranda" className="space-y-3">
        <h1 id="judul-beranda" className="text-3xl font-bold text-brand-900 sm:text-4xl">
          {t("title")}
        </h1>
        <p className="max-w-3xl text-lg">{t("lead")}</p>
        <form
          action={getPathname({ href: "/cari", locale })}
          method="get"
          role="search"
          aria-label={t("searchTitle")}
          className="flex max-w-2xl flex-wrap gap-2 pt-2"
        >
          <label htmlFor="home-search" className="sr-only">
            {t("searchLabel")}
          </label>
          <input
            id="home-search"
            name="q"
            type="search"
            maxLength={200}
            placeholder={t("searchLabel")}
            className="min-w-0 flex-1 rounded border border-slate-400 px-3 py-2"
          />
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("searchButton")}
          </button>
        </form>
        <p className="max-w-3xl">
          {t("unesco")} <span className="text-sm text-slate-600">({t("unescoSource")})</span>
        </p>
      </section>

      <ListingCardSection id="pilihan" title={t("featuredTitle")} intro={t("featuredIntro")} listings={featured} />

      <ListingCardSection
        id="baru-diverifikasi"
        title={t("recentTitle")}
        intro={t("recentIntro")}
        listings={recentlyVerified}
      />

      <section aria-labelledby="angka-kunci" className="space-y-4">
        <h2 id="angka-kunci" className="text-2xl font-semibold">
          {t("figuresTitle")}
        </h2>
        <p className="text-slate-700">{t("figuresIntro")}</p>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {otherFigures.map((figure) => (
            <FigureCard key={figure.key} figure={figure} />
          ))}
        </dl>
        {pdrbFigures.length > 0 ? (
          <div className="space-y-3 rounded-lg bg-slate-50 p-4">
            <h3 className="text-lg font-semibold">{t("pdrbTitle")}</h3>
            <dl className="grid gap-4 sm:grid-cols-2">
              {pdrbFigures.map((figure) => (
                <FigureCard key={figure.key} figure={figure} />
              ))}
            </dl>
            <p className="text-sm text-slate-700">{t("pdrbExplanation")}</p>
          </div>
        ) : null}
        <p>
          <Link href="/statistik" className="font-medium text-brand-800 underline hover:text-brand-900">
            {tStatistics("homeLink")}
          </Link>
        </p>
      </section>

      <MapPreview points={points} href="/peta" title={tMap("previewTitle")} headingId="peta-beranda" />

      <section aria-labelledby="subsektor" className="space-y-4">
        <h2 id="subsektor" className="text-2xl font-semibold">
          {t("subsectorsTitle")}
        </h2>
        <p className="text-slate-700">{t("subsectorsIntro")}</p>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {subsectors.map((subsector) => (
            <li key={subsector.slug}>
              <Link
                href={`/subsektor/${subsector.slug}`}
                className="block rounded-lg border border-slate-200 px-4 py-3 font-medium text-brand-800 hover:border-brand-700 hover:bg-brand-50"
              >
                {pickLocalized(locale, subsector.nameId, subsector.nameEn)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
