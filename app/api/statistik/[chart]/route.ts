import type { NextRequest } from "next/server";
import { todayInJakarta } from "@/lib/dates";
import { getCachedDirectoryStatistics } from "@/lib/statistics/cached";
import { getChartLabels } from "@/lib/statistics/chart-labels";
import {
  buildDirectoryChart,
  buildFunnelChart,
  chartToCsv,
  isFunnelChartId,
  isStatisticsChartId,
} from "@/lib/statistics/charts";
import { csvHeaders } from "@/lib/statistics/csv";
import { getMonevFunnel } from "@/lib/statistics/funnel";
import { parseStatisticsPeriod } from "@/lib/statistics/period";
import { getStatisticsScope } from "@/lib/statistics/queries";

export const dynamic = "force-dynamic";

// Authorization: public, like /statistik itself; only aggregate counts of published listings are returned.
// `?bahasa=en` names the columns and rows in English; funnel charts read the period from `dari` and `sampai`.
export async function GET(request: NextRequest, context: { params: Promise<{ chart: string }> }) {
  const { chart } = await context.params;
  if (!isStatisticsChartId(chart)) {
    return Response.json({ error: "not found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  const searchParams = request.nextUrl.searchParams;
  const locale = searchParams.get("bahasa") === "en" ? "en" : "id";
  const labels = await getChartLabels(locale);
  const scope = getStatisticsScope();
  let data;
  let suffix: string;
  if (isFunnelChartId(chart)) {
    const { period } = parseStatisticsPeriod({
      dari: searchParams.get("dari") ?? undefined,
      sampai: searchParams.get("sampai") ?? undefined,
    });
    data = buildFunnelChart(chart, await getMonevFunnel(scope, period), labels);
    suffix = `${period.from}-${period.to}`;
  } else {
    data = buildDirectoryChart(chart, await getCachedDirectoryStatistics(scope.includeSamples), labels);
    suffix = todayInJakarta();
  }
  return new Response(chartToCsv(data, labels.t("columns.code")), {
    headers: {
      ...csvHeaders(`statistik-${chart}-${suffix}${locale === "en" ? "-en" : ""}.csv`),
      "Cache-Control": "public, max-age=300",
    },
  });
}
