import type { NextRequest } from "next/server";
import { todayInJakarta } from "@/lib/dates";
import { getCachedDirectoryStatistics } from "@/lib/statistics/cached";
import { getChartLabels } from "@/lib/statistics/chart-labels";
import {
  buildDirectoryChart,
  buildFunnelChart,
  chartToCsv,
  chartToTable,
  isFunnelChartId,
  isStatisticsChartId,
} from "@/lib/statistics/charts";
import { buildStatisticsMetadata } from "@/lib/statistics/bps-metadata";
import { csvHeaders } from "@/lib/statistics/csv";
import { writeXlsx, xlsxHeaders } from "@/lib/spreadsheets/write-xlsx";
import { getMonevFunnel } from "@/lib/statistics/funnel";
import { parseStatisticsPeriod } from "@/lib/statistics/period";
import { getStatisticsScope } from "@/lib/statistics/queries";

export const dynamic = "force-dynamic";

// Authorization: public, like /statistik itself; only aggregate counts of published listings are returned.
// `?bahasa=en` names the columns and rows in English; funnel charts read the period from `dari` and `sampai`;
// `?format=xlsx` answers the same table as an Excel workbook. Every row carries BPS's metadata columns.
export async function GET(request: NextRequest, context: { params: Promise<{ chart: string }> }) {
  const { chart } = await context.params;
  if (!isStatisticsChartId(chart)) {
    return Response.json({ error: "not found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  const searchParams = request.nextUrl.searchParams;
  const locale = searchParams.get("bahasa") === "en" ? "en" : "id";
  const labels = await getChartLabels(locale);
  const scope = getStatisticsScope();
  const isXlsx = searchParams.get("format") === "xlsx";
  let data;
  let suffix: string;
  let metadata;
  if (isFunnelChartId(chart)) {
    const { period } = parseStatisticsPeriod({
      dari: searchParams.get("dari") ?? undefined,
      sampai: searchParams.get("sampai") ?? undefined,
    });
    data = buildFunnelChart(chart, await getMonevFunnel(scope, period), labels);
    suffix = `${period.from}-${period.to}`;
    metadata = buildStatisticsMetadata(data, labels.t, { kind: "range", from: period.from, to: period.to });
  } else {
    data = buildDirectoryChart(chart, await getCachedDirectoryStatistics(scope.includeSamples), labels);
    suffix = todayInJakarta();
    metadata = buildStatisticsMetadata(data, labels.t, { kind: "asOf", date: suffix });
  }
  const filename = `statistik-${chart}-${suffix}${locale === "en" ? "-en" : ""}`;
  if (isXlsx) {
    const { header, rows } = chartToTable(data, labels.t("columns.code"), metadata);
    const body = await writeXlsx([{ name: data.title, rows: [header, ...rows] }]);
    return new Response(new Uint8Array(body), {
      headers: { ...xlsxHeaders(`${filename}.xlsx`), "Cache-Control": "public, max-age=300" },
    });
  }
  return new Response(chartToCsv(data, labels.t("columns.code"), metadata), {
    headers: { ...csvHeaders(`${filename}.csv`), "Cache-Control": "public, max-age=300" },
  });
}
