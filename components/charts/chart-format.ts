import type { ChartData, ChartSeries } from "@/lib/statistics/charts";

// Colours for up to eight series, each at least 3:1 against white (WCAG 1.4.11); the table beside every chart
// carries the same numbers for anyone who cannot tell the colours apart.
export const seriesColours = [
  "#0f5c47",
  "#b45309",
  "#1d4ed8",
  "#7e22ce",
  "#be123c",
  "#334155",
  "#0e7490",
  "#a16207",
] as const;

export const TEXT_COLOUR = "#1e293b";
export const AXIS_COLOUR = "#64748b";

export function colourOf(index: number): string {
  return seriesColours[index % seriesColours.length] ?? seriesColours[0];
}

export function formatChartValue(value: number, locale: string, series?: Pick<ChartSeries, "isPercent">): string {
  const formatted = new Intl.NumberFormat(locale === "en" ? "en-GB" : "id-ID", { maximumFractionDigits: 1 }).format(
    value,
  );
  return series?.isPercent ? `${formatted}%` : formatted;
}

/** The smallest 1, 2 or 5 × 10ⁿ at or above `value`, so axes end on a round number. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) {
    if (step * magnitude >= value) return step * magnitude;
  }
  return 10 * magnitude;
}

/** Cuts a label for the drawing only; the table always shows it whole. */
export function shortenLabel(label: string, maxLength: number): string {
  return label.length <= maxLength ? label : `${label.slice(0, maxLength - 1).trimEnd()}…`;
}

export function plottedSeries(chart: ChartData): { series: ChartSeries; index: number }[] {
  return chart.series.map((series, index) => ({ series, index })).filter(({ series }) => series.isPlotted);
}

/** A text alternative listing every row's plotted values, for the SVG's <desc>. */
export function describeChart(chart: ChartData, locale: string): string {
  const plotted = plottedSeries(chart);
  const legend = plotted.length > 1 ? ` (${plotted.map(({ series }) => series.label).join(" / ")})` : "";
  const rows = chart.rows
    .map(
      (row) =>
        `${row.label}: ${plotted.map(({ series, index }) => formatChartValue(row.values[index] ?? 0, locale, series)).join(" / ")}`,
    )
    .join("; ");
  return `${chart.description}${legend} ${rows}.`;
}

export function chartDomId(chart: Pick<ChartData, "id">, part: string): string {
  return `grafik-${chart.id}-${part}`;
}
