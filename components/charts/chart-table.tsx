import type { ChartData } from "@/lib/statistics/charts";
import { plottedTotal } from "@/lib/statistics/charts";
import { formatChartValue } from "./chart-format";

/** The chart's numbers as a table: the accessible alternative, and exactly what the CSV download holds. */
export function ChartTable({ chart, locale }: { chart: ChartData; locale: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{chart.title}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-4">
              {chart.categoryLabel}
            </th>
            {chart.series.map((series) => (
              <th key={series.key} scope="col" className="py-2 pr-4 text-right">
                {series.label}
              </th>
            ))}
            {chart.totalLabel ? (
              <th scope="col" className="py-2 text-right">
                {chart.totalLabel}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {chart.rows.map((row, rowIndex) => (
            <tr key={row.key || rowIndex} className="border-b border-slate-200">
              <th scope="row" className="py-1 pr-4 font-normal">
                {row.label}
              </th>
              {chart.series.map((series, index) => (
                <td key={series.key} className="py-1 pr-4 text-right tabular-nums">
                  {formatChartValue(row.values[index] ?? 0, locale, series)}
                </td>
              ))}
              {chart.totalLabel ? (
                <td className="py-1 text-right font-semibold tabular-nums">
                  {formatChartValue(plottedTotal(chart, row), locale)}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
