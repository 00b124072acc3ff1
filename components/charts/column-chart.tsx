import type { ChartData } from "@/lib/statistics/charts";
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
const PLOT_HEIGHT = 200;
const AXIS_WIDTH = 44;
const LABEL_HEIGHT = 28;

/**
 * Vertical bars grouped per category (months, oldest first), one bar per plotted series, with a value axis.
 * Drawn on the server as SVG; role="img" with its title and a <desc> naming every value.
 */
export function ColumnChart({ chart, locale }: { chart: ChartData; locale: string }) {
  const plotted = plottedSeries(chart);
  const legend = layoutLegend(
    plotted.map(({ series, index }) => ({ label: series.label, colourIndex: index })),
    WIDTH,
  );
  const largest = Math.max(0, ...chart.rows.flatMap((row) => plotted.map(({ index }) => row.values[index] ?? 0)));
  const axisEnd = chart.maxValue ?? niceCeiling(largest);
  const top = legend.height + 12;
  const plotWidth = WIDTH - AXIS_WIDTH - 8;
  const groupWidth = chart.rows.length > 0 ? plotWidth / chart.rows.length : plotWidth;
  const barWidth = Math.max(4, Math.min(24, (groupWidth - 8) / Math.max(1, plotted.length)));
  const baseline = top + PLOT_HEIGHT;
  const scale = (value: number) => (Math.min(value, axisEnd) / axisEnd) * PLOT_HEIGHT;
  const ticks = [0, axisEnd / 2, axisEnd];
  const height = baseline + LABEL_HEIGHT;
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
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={AXIS_WIDTH}
            x2={WIDTH - 8}
            y1={baseline - scale(tick)}
            y2={baseline - scale(tick)}
            stroke={AXIS_COLOUR}
            strokeDasharray={tick === 0 ? undefined : "2 4"}
          />
          <text x={AXIS_WIDTH - 6} y={baseline - scale(tick) + 4} textAnchor="end" fontSize={11} fill={TEXT_COLOUR}>
            {formatChartValue(tick, locale)}
          </text>
        </g>
      ))}
      {chart.rows.map((row, rowIndex) => {
        const groupX = AXIS_WIDTH + rowIndex * groupWidth;
        const barsWidth = barWidth * plotted.length;
        const firstBarX = groupX + (groupWidth - barsWidth) / 2;
        return (
          <g key={row.key || rowIndex} data-row={row.key}>
            {plotted.map(({ series, index }, position) => {
              const value = row.values[index] ?? 0;
              const x = firstBarX + position * barWidth;
              return (
                <g key={series.key}>
                  <rect
                    x={x}
                    y={baseline - scale(value)}
                    width={barWidth - 1}
                    height={scale(value)}
                    fill={colourOf(index)}
                  />
                  {value > 0 ? (
                    <text
                      x={x + barWidth / 2}
                      y={baseline - scale(value) - 3}
                      textAnchor="middle"
                      fontSize={10}
                      fill={TEXT_COLOUR}
                    >
                      {formatChartValue(value, locale, series)}
                    </text>
                  ) : null}
                </g>
              );
            })}
            <text x={groupX + groupWidth / 2} y={baseline + 16} textAnchor="middle" fontSize={11} fill={TEXT_COLOUR}>
              {shortenLabel(row.label, 10)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
