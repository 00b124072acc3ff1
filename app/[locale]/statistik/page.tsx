import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatCalendarDate } from "@/lib/dates";
import { listCityFigures } from "@/lib/figures/queries";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { buildAlternates } from "@/lib/seo/alternates";
import { getCachedDirectoryStatistics } from "@/lib/statistics/cached";
import { getChartLabels } from "@/lib/statistics/chart-labels";
import {
  buildDirectoryChart,
  buildFunnelChart,
  directoryChartIds,
  funnelChartIds,
  type StatisticsChartId,
} from "@/lib/statistics/charts";
import { getMonevFunnel } from "@/lib/statistics/funnel";
import { parseStatisticsPeriod, toPeriodSearchParams, type StatisticsPeriod } from "@/lib/statistics/period";
import { getStatisticsScope } from "@/lib/statistics/queries";
import { ChartFigure } from "@/components/charts/chart-figure";
import { Choropleth } from "@/components/map/choropleth";
import { getMalangAreas } from "@/lib/geo/malang-areas";
import { CityFigureCard } from "@/components/statistics/city-figure-card";
import { PublicReachSummary } from "@/components/reach/public-reach-summary";
import { lastTwelveMonths } from "@/lib/reach/period";
import { getPublicReachSummary } from "@/lib/reach/queries";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { PeriodForm } from "@/components/page-parts/period-form";
import { apiRoutes, routes } from "@/lib/site/routes";

// Rendered per request: the funnel's period comes from the query string (`dari`, `sampai`), so the page cannot be
// one cached document. The expensive part, the directory counts, is cached for 5 minutes in
// lib/statistics/cached.ts; the funnel and the city figures are cheap and read live, so a recorded training, a
// certification or an edited figure shows at once.
const PDRB_FIGURE_PREFIX = "pdrb-";

export async function generateMetadata({ params }: LocalePageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Statistics" });
  return {
    title: t("title"),
    description: t("metaDescription"),
    alternates: buildAlternates(locale, routes.statistics),
  };
}

function csvHref(id: StatisticsChartId, locale: string, period?: StatisticsPeriod) {
  const query = period ? toPeriodSearchParams(period) : new URLSearchParams();
  if (locale === "en") query.set("bahasa", "en");
  const text = query.toString();
  return `${apiRoutes.statisticsChart(id)}${text ? `?${text}` : ""}`;
}

export default async function StatisticsPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { period, problems } = parseStatisticsPeriod(await searchParams);
  const scope = getStatisticsScope();
  const [stats, funnel, reach, figures, labels, t] = await Promise.all([
    getCachedDirectoryStatistics(scope.includeSamples),
    getMonevFunnel(scope, period),
    getPublicReachSummary(scope, lastTwelveMonths()),
    listCityFigures(),
    getChartLabels(locale),
    getTranslations("Statistics"),
  ]);
  const chartLabels = {
    showTable: t("showTable"),
    downloadCsv: t("downloadCsv"),
    downloadXlsx: t("downloadXlsx"),
    empty: t("chartEmpty"),
  };
  const pdrbFigures = figures.filter((figure) => figure.key.startsWith(PDRB_FIGURE_PREFIX));
  const otherFigures = figures.filter((figure) => !figure.key.startsWith(PDRB_FIGURE_PREFIX));
  const day = (isoDate: string) => formatCalendarDate(new Date(`${isoDate}T00:00:00Z`), locale);
  const formAction = `${getPathname({ href: routes.statistics, locale })}#monev`;

  return (
    <div className="space-y-12">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-lg">{t("intro")}</p>
        <p role="note" className="max-w-3xl rounded bg-accent-100 p-3 text-sm text-accent-800">
          {stats.includeSamples
            ? t("samplesIncluded", { samples: stats.totals.samples, total: stats.totals.listings })
            : t("samplesExcluded")}
        </p>
      </header>

      <section aria-labelledby="angka-direktori" className="space-y-4">
        <h2 id="angka-direktori" className="text-2xl font-semibold">
          {t("directoryTitle")}
        </h2>
        <p className="max-w-3xl text-slate-700">{t("directoryIntro")}</p>
        <p className="text-xl font-semibold">{t("totalListings", { count: stats.totals.listings })}</p>
        <div className="grid gap-6">
          {directoryChartIds.map((id) => (
            <ChartFigure
              key={id}
              chart={buildDirectoryChart(id, stats, labels)}
              locale={locale}
              csvHref={csvHref(id, locale)}
              labels={chartLabels}
            />
          ))}
          <Choropleth
            level="kecamatan"
            counts={
              new Map(
                getMalangAreas().kecamatan.map((area) => [
                  area.code,
                  stats.byKecamatan.find((row) => row.kecamatan === area.kecamatan)?.count ?? 0,
                ]),
              )
            }
            labels={{
              title: t("choroplethTitle"),
              caption: t("choroplethCaption"),
              legendTitle: t("choroplethLegend"),
              none: t("choroplethNone"),
              area: t("choroplethArea"),
              codes: t("choroplethCodes"),
              count: t("choroplethCount"),
            }}
            locale={locale}
          />
        </div>
      </section>

      <section id="monev" aria-labelledby="judul-monev" className="space-y-4">
        <h2 id="judul-monev" className="text-2xl font-semibold">
          {t("monevTitle")}
        </h2>
        <p className="max-w-3xl text-slate-700">{t("monevIntro")}</p>
        <PeriodForm action={formAction} idPrefix="periode" period={period} namespace="Statistics" />
        {problems.length > 0 ? (
          <ul
            role="status"
            className="max-w-3xl list-inside list-disc rounded border border-red-700 bg-red-50 p-3 text-red-800"
          >
            {problems.map((problem) => (
              <li key={problem}>{t(`periodProblems.${problem}`)}</li>
            ))}
          </ul>
        ) : null}
        <p className="font-medium">{t("periodShown", { from: day(period.from), to: day(period.to) })}</p>
        <section aria-labelledby="monev-total" className="space-y-2">
          <h3 id="monev-total" className="text-lg font-semibold">
            {t("funnelTotalTitle")}
          </h3>
          {funnel.total.trained === 0 ? <p>{t("funnelEmpty")}</p> : null}
          <dl className="grid max-w-3xl gap-3 sm:grid-cols-3">
            {(
              [
                ["trained", funnel.total.trained],
                ["applied", funnel.total.applied],
                ["certifiedAfterTraining", funnel.total.certified],
              ] as const
            ).map(([key, count]) => (
              <div key={key} className="flex flex-col rounded-lg border border-slate-200 p-4">
                <dt className="order-2 text-sm text-slate-700">{t(`columns.${key}`)}</dt>
                <dd className="order-1 text-3xl font-bold text-brand-800">{count}</dd>
              </div>
            ))}
          </dl>
        </section>
        <p className="max-w-3xl text-sm text-slate-700">{t("monevMethod")}</p>
        <div className="grid gap-6">
          {funnelChartIds.map((id) => (
            <ChartFigure
              key={id}
              chart={buildFunnelChart(id, funnel, labels)}
              locale={locale}
              csvHref={csvHref(id, locale, period)}
              labels={chartLabels}
            />
          ))}
        </div>
      </section>

      <PublicReachSummary summary={reach} locale={locale} />

      <section aria-labelledby="angka-kota" className="space-y-4">
        <h2 id="angka-kota" className="text-2xl font-semibold">
          {t("figuresTitle")}
        </h2>
        <p className="max-w-3xl text-slate-700">{t("figuresIntro")}</p>
        {pdrbFigures.length > 0 ? (
          <section aria-labelledby="angka-pdrb" className="space-y-3 rounded-lg bg-slate-50 p-4">
            <h3 id="angka-pdrb" className="text-lg font-semibold">
              {t("pdrbTitle")}
            </h3>
            <dl className="grid gap-4 sm:grid-cols-2">
              {pdrbFigures.map((figure) => (
                <CityFigureCard key={figure.key} figure={figure} />
              ))}
            </dl>
            <p className="max-w-3xl text-sm text-slate-700">{t("pdrbExplanation")}</p>
          </section>
        ) : null}
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {otherFigures.map((figure) => (
            <CityFigureCard key={figure.key} figure={figure} />
          ))}
        </dl>
      </section>

      <section aria-labelledby="data-terbuka" className="space-y-2">
        <h2 id="data-terbuka" className="text-2xl font-semibold">
          {t("openDataTitle")}
        </h2>
        <p>
          {t("openDataText")}{" "}
          <Link href={routes.openData} className="text-brand-800 underline hover:text-brand-900">
            {t("openDataLink")}
          </Link>
        </p>
      </section>
    </div>
  );
}
