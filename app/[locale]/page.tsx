import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { listHeadlineFigures } from "@/lib/figures/queries";
import { listSubsectorsWithListingCounts } from "@/lib/subsectors/queries";
import { buildAlternates, buildOpenGraph } from "@/lib/seo/alternates";
import { listFeaturedListings, listRecentlyVerifiedListings } from "@/lib/listings/queries";
import { FigureCard } from "@/components/figure-card";
import { ListingCardSection } from "@/components/listing-card-list";
import { MapPreview } from "@/components/map/map-preview";
import { EventCardList } from "@/components/events/event-card-list";
import { SubsectorIcon } from "@/components/subsectors/subsector-icon";
import { HomeMosaic } from "@/components/home-mosaic";
import { listUpcomingEvents } from "@/lib/events/queries";
import { listDirectoryMarkers } from "@/lib/directory/queries";
import { parseDirectoryFilters } from "@/lib/directory/filters";
import { routes } from "@/lib/site/routes";

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
  const alternates = buildAlternates(locale, routes.home);
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
  const [figures, subsectors, featured, events] = await Promise.all([
    listHeadlineFigures(),
    listSubsectorsWithListingCounts(),
    listFeaturedListings(),
    listUpcomingEvents(4),
  ]);
  // A listing already featured is not repeated under "recently verified".
  const recentlyVerified = await listRecentlyVerifiedListings(
    6,
    featured.map((listing) => listing.slug),
  );
  const points = await listDirectoryMarkers(parseDirectoryFilters({}, { knownSubsectorSlugs: [] }).filters, locale);
  const tMap = await getTranslations("Map");
  // The two PDRB shares disagree: they are shown together, with an explanation, never one alone.
  const pdrbFigures = figures.filter((figure) => figure.key.startsWith(PDRB_FIGURE_PREFIX));
  const otherFigures = figures.filter((figure) => !figure.key.startsWith(PDRB_FIGURE_PREFIX));
  const ctaClass = "inline-flex min-h-11 items-center justify-center rounded-lg px-5 py-2 text-center font-semibold";

  return (
    <div className="space-y-12">
      <section
        aria-labelledby="judul-beranda"
        className="on-dark relative -mx-4 -mt-8 overflow-hidden bg-brand-900 px-4 py-8 text-white sm:mx-0 sm:mt-0 sm:rounded-2xl sm:px-8 sm:py-10"
      >
        <HomeMosaic className="pointer-events-none absolute right-0 top-0 hidden h-full w-auto xl:block" />
        <div className="relative max-w-2xl space-y-4 xl:max-w-xl">
          <h1 id="judul-beranda" className="text-3xl font-bold sm:text-4xl">
            {t("title")}
          </h1>
          <p className="text-lg text-brand-50">{t("lead")}</p>
          <form
            action={getPathname({ href: routes.search, locale })}
            method="get"
            role="search"
            aria-label={t("searchTitle")}
            className="flex flex-wrap gap-2"
          >
            <label htmlFor="home-search" className="sr-only">
              {t("searchLabel")}
            </label>
            <input
              id="home-search"
              name="q"
              type="search"
              maxLength={200}
              placeholder={t("searchPlaceholder")}
              className="min-h-11 min-w-0 flex-1 rounded-lg border border-white bg-white px-3 py-2 text-slate-900"
            />
            <button
              type="submit"
              className="min-h-11 rounded-lg bg-accent-100 px-5 py-2 font-semibold text-brand-900 hover:bg-white"
            >
              {t("searchButton")}
            </button>
          </form>
          <div className="flex flex-col gap-3 pt-1 sm:flex-row">
            <Link href={routes.search} className={`${ctaClass} bg-white text-brand-900 hover:bg-brand-50`}>
              {t("exploreCta")}
            </Link>
            <Link href={routes.signUp} className={`${ctaClass} border border-white text-white hover:bg-brand-800`}>
              {t("businessCta")}
            </Link>
          </div>
          <p className="text-sm text-brand-50">
            {t("unesco")} <span className="text-brand-100">({t("unescoSource")})</span>
          </p>
        </div>
      </section>

      <section aria-labelledby="subsektor" className="space-y-4">
        <h2 id="subsektor" className="text-2xl font-semibold">
          {t("subsectorsTitle")}
        </h2>
        <p className="text-slate-700">{t("subsectorsIntro")}</p>
        {/* The icon sits above the name until `md`: beside it, "Pengembangan Gim" overflows a phone's half-width tile. */}
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
          {subsectors.map((subsector) => (
            <li key={subsector.slug}>
              <Link
                href={routes.subsector(subsector.slug)}
                className="flex h-full flex-col items-start gap-2 rounded-lg border border-slate-200 p-3 hover:border-brand-700 hover:bg-brand-50 md:flex-row md:items-center md:gap-3"
              >
                <SubsectorIcon slug={subsector.slug} />
                <span className="min-w-0">
                  <span className="block font-medium leading-snug text-brand-900">
                    {pickLocalized(locale, subsector.nameIndonesian, subsector.nameEn)}
                  </span>
                  <span className="block text-sm text-slate-600">
                    {t("subsectorCount", { count: subsector.listingCount })}
                  </span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <ListingCardSection id="pilihan" title={t("featuredTitle")} intro={t("featuredIntro")} listings={featured} />

      <ListingCardSection
        id="baru-diverifikasi"
        title={t("recentTitle")}
        intro={t("recentIntro")}
        listings={recentlyVerified}
      />

      <section aria-labelledby="acara-mendatang" className="space-y-3">
        <h2 id="acara-mendatang" className="text-2xl font-semibold">
          {t("eventsTitle")}
        </h2>
        <p className="text-slate-700">{t("eventsIntro")}</p>
        {events.length === 0 ? <p>{t("eventsNone")}</p> : <EventCardList events={events} />}
        <p>
          <Link href={routes.events} className="font-medium text-brand-800 underline hover:text-brand-900">
            {t("eventsAll")}
          </Link>
        </p>
      </section>

      <MapPreview points={points} href={routes.map} title={tMap("previewTitle")} headingId="peta-beranda" />

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
          <Link href={routes.statistics} className="font-medium text-brand-800 underline hover:text-brand-900">
            {tStatistics("homeLink")}
          </Link>
        </p>
      </section>
    </div>
  );
}
