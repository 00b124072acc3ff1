import { isIsoDate } from "@/lib/certifications/schemas";
import { todayInJakarta } from "@/lib/dates";
import { readQueryText } from "@/lib/forms/text";

/** A span of Asia/Jakarta calendar days, both ends included (YYYY-MM-DD). */
export type StatisticsPeriod = { from: string; to: string };

export type PeriodProblem = "invalidFrom" | "invalidTo" | "fromAfterTo";

type SearchParams = Record<string, string | string[] | undefined>;

/** The calendar year (Jakarta) that contains `today`. */
export function defaultPeriod(today: string = todayInJakarta()): StatisticsPeriod {
  const year = today.slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/**
 * Reads `dari` and `sampai` from the query string. A bad or missing end falls back to the current year's end,
 * and a span that runs backwards falls back to the whole current year; the problems say what was ignored.
 */
export function parseStatisticsPeriod(
  params: SearchParams,
  today: string = todayInJakarta(),
): { period: StatisticsPeriod; problems: PeriodProblem[] } {
  const fallback = defaultPeriod(today);
  const problems: PeriodProblem[] = [];
  const fromParam = readQueryText(params.dari);
  const toParam = readQueryText(params.sampai);
  let from = fallback.from;
  let to = fallback.to;
  if (fromParam) {
    if (isIsoDate(fromParam)) from = fromParam;
    else problems.push("invalidFrom");
  }
  if (toParam) {
    if (isIsoDate(toParam)) to = toParam;
    else problems.push("invalidTo");
  }
  if (from > to) {
    problems.push("fromAfterTo");
    return { period: fallback, problems };
  }
  return { period: { from, to }, problems };
}

/** The query string carrying a period, for links and CSV downloads. */
export function toPeriodSearchParams(period: StatisticsPeriod): URLSearchParams {
  return new URLSearchParams({ dari: period.from, sampai: period.to });
}

/** The instant a Jakarta calendar day starts (WIB is UTC+7 all year). */
export function startOfJakartaDay(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00+07:00`);
}
