import type { ChartData } from "@/lib/statistics/charts";
import { plottedTotal } from "@/lib/statistics/charts";
import { ChartLegend, layoutLegend } from "./chart-legend";
import {
  AXIS_COLOUR,
  chartDomId,
  colourOf,
  describeChart,
  formatChartValue,
  niceCeiling,
  plottedSeries,
  shortenLabel,
  TEXT_COLOUR,
} from "./chart-format";

const WIDTH = 720;
const LABEL_WIDTH = 190;
const PLOT_X = LABEL_WIDTH + 10;
const PLOT_WIDTH = WIDTH - PLOT_X - 70;
const MAX_LABEL_LENGTH = 28;

/**
 * Horizontal bars, one row per category: stacked (the plotted series make up one bar) or grouped (one thin bar per
 * series). Drawn on the server as SVG; role="img" with its title and a <desc> naming every value.
 */
export function BarChart({ chart, locale }: { chart: ChartData; locale: string }) {
  const plotted = plottedSeries(chart);
  const isStacked = chart.layout === "stacked";
  const barHeight = isStacked ? 18 : plotted.length > 1 ? 12 : 18;
  const rowHeight = isStacked ? 28 : plotted.length * (barHeight + 2) + 12;
  const legend = layoutLegend(
    plotted.map(({ series, index }) => ({ label: series.label, colourIndex: index })),
    WIDTH,
  );
  const largest = Math.max(
    0,
    ...chart.rows.map((row) =>
      isStacked ? plottedTotal(chart, row) : Math.max(0, ...plotted.map(({ index }) => row.values[index] ?? 0)),
    ),
  );
  const axisEnd = chart.maxValue ?? niceCeiling(largest);
  const scale = (value: number) => (axisEnd === 0 ? 0 : (Math.min(value, axisEnd) / axisEnd) * PLOT_WIDTH);
  const top = legend.height;
  const height = top + chart.rows.length * rowHeight + 8;
  const titleId = chartDomId(chart, "judul-svg");
  const descId = chartDomId(chart, "deskripsi-svg");

  return (
    <svg
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      className="h-auto min-w-[36rem] max-w-3xl sm:min-w-0"
      fontFamily="inherit"
    >
      <title id={titleId}>{chart.title}</title>
      <desc id={descId}>{describeChart(chart, locale)}</desc>
      <ChartLegend layout={legend} />
      <line x1={PLOT_X} x2={PLOT_X} y1={top} y2={height - 8} stroke={AXIS_COLOUR} />
      {chart.rows.map((row, rowIndex) => {
        const y = top + rowIndex * rowHeight;
        // 12 px text sits visually centred on the row with its baseline 4 px below the middle.
        const labelY = y + rowHeight / 2 + 4;
        if (isStacked) {
          let x = PLOT_X;
          const total = plottedTotal(chart, row);
          return (
            <g key={row.key || rowIndex} data-row={row.key}>
              <text x={LABEL_WIDTH} y={labelY} textAnchor="end" fontSize={12} fill={TEXT_COLOUR}>
                {shortenLabel(row.label, MAX_LABEL_LENGTH)}
              </text>
              {plotted.map(({ series, index }) => {
                const value = row.values[index] ?? 0;
                const width = scale(value);
                const segment = (
                  <rect
                    key={series.key}
                    x={x}
                    y={y + (rowHeight - barHeight) / 2}
                    width={width}
                    height={barHeight}
                    fill={colourOf(index)}
                    stroke="#ffffff"
                    strokeWidth={value > 0 ? 1 : 0}
                  />
                );
                x += width;
                return segment;
              })}
              <text x={x + 6} y={labelY} fontSize={12} fill={TEXT_COLOUR}>
                {formatChartValue(total, locale)}
              </text>
            </g>
          );
        }
        return (
          <g key={row.key || rowIndex} data-row={row.key}>
            <text x={LABEL_WIDTH} y={labelY} textAnchor="end" fontSize={12} fill={TEXT_COLOUR}>
              {shortenLabel(row.label, MAX_LABEL_LENGTH)}
            </text>
            {plotted.map(({ series, index }, position) => {
              const value = row.values[index] ?? 0;
              const groupHeight = plotted.length * (barHeight + 2) - 2;
              const barY = y + (rowHeight - groupHeight) / 2 + position * (barHeight + 2);
              return (
                <g key={series.key}>
                  <rect x={PLOT_X} y={barY} width={scale(value)} height={barHeight} fill={colourOf(index)} />
                  <text x={PLOT_X + scale(value) + 6} y={barY + barHeight - 2} fontSize={11} fill={TEXT_COLOUR}>
                    {formatChartValue(value, locale, series)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
