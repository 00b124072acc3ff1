import { isIsoDate } from "@/lib/certifications/schemas";
import { todayInJakarta } from "@/lib/dates";
import { readQueryText } from "@/lib/forms/text";
import type { StatisticsPeriod } from "@/lib/statistics/period";

type SearchParams = Record<string, string | string[] | undefined>;

/** The last 12 months up to today (Jakarta): the reach views' default period. */
export function lastTwelveMonths(today: string = todayInJakarta()): StatisticsPeriod {
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  const start = new Date(Date.UTC(year - 1, month - 1, day + 1));
  return { from: start.toISOString().slice(0, 10), to: today };
}

/** `dari` and `sampai` from the query string; anything bad or backwards falls back to the last 12 months. */
export function parseReachPeriod(
  params: SearchParams,
  today: string = todayInJakarta(),
): { period: StatisticsPeriod; isFallback: boolean } {
  const fallback = lastTwelveMonths(today);
  const from = readQueryText(params.dari);
  const to = readQueryText(params.sampai);
  if (!from && !to) return { period: fallback, isFallback: false };
  const period = { from: from && isIsoDate(from) ? from : fallback.from, to: to && isIsoDate(to) ? to : fallback.to };
  const isValid = (!from || isIsoDate(from)) && (!to || isIsoDate(to)) && period.from <= period.to;
  return isValid ? { period, isFallback: false } : { period: fallback, isFallback: true };
}
