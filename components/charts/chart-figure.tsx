import type { ChartData } from "@/lib/statistics/charts";
import { BarChart } from "./bar-chart";
import { ColumnChart } from "./column-chart";
import { ChartTable } from "./chart-table";
import { chartDomId } from "./chart-format";

type Props = {
  chart: ChartData;
  locale: string;
  /** The CSV download of the same rows. */
  csvHref: string;
  /** Already translated. */
  labels: { showTable: string; downloadCsv: string; downloadXlsx: string; empty: string };
};

/**
 * One chart with its heading and method note, the SVG, a "show table" alternative and a CSV download. No client
 * JavaScript: <details> opens the table natively.
 */
export function ChartFigure({ chart, locale, csvHref, labels }: Props) {
  const headingId = chartDomId(chart, "judul");
  return (
    <section aria-labelledby={headingId} className="min-w-0 space-y-3 rounded-lg border border-slate-200 p-4">
      <h3 id={headingId} className="text-lg font-semibold">
        {chart.title}
      </h3>
      <p className="text-sm text-slate-700">{chart.description}</p>
      {chart.rows.length === 0 ? (
        <p>{labels.empty}</p>
      ) : (
        <>
          {/* Scaled to a phone's width the chart's 12 px labels would shrink to 6 px: below `sm` it keeps a readable
              minimum width and scrolls sideways inside its box ("Show table" gives the same figures). Focusable, so a
              keyboard can scroll it (WCAG 2.1.1). */}
          <div
            role="group"
            aria-labelledby={headingId}
            tabIndex={0}
            className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:overflow-visible sm:px-0"
          >
            {chart.layout === "columns" ? (
              <ColumnChart chart={chart} locale={locale} />
            ) : (
              <BarChart chart={chart} locale={locale} />
            )}
          </div>
          <details className="rounded border border-slate-200 p-2">
            <summary className="cursor-pointer font-medium text-brand-800">{labels.showTable}</summary>
            <div className="mt-2">
              <ChartTable chart={chart} locale={locale} />
            </div>
          </details>
        </>
      )}
      <p className="flex flex-wrap gap-x-4 gap-y-1">
        <a
          href={csvHref}
          download
          aria-label={`${labels.downloadCsv}: ${chart.title}`}
          className="text-brand-800 underline hover:text-brand-900"
        >
          {labels.downloadCsv}
        </a>
        <a
          href={`${csvHref}${csvHref.includes("?") ? "&" : "?"}format=xlsx`}
          download
          aria-label={`${labels.downloadXlsx}: ${chart.title}`}
          className="text-brand-800 underline hover:text-brand-900"
        >
          {labels.downloadXlsx}
        </a>
      </p>
    </section>
  );
}
