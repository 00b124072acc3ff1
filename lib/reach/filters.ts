import { readQueryText } from "@/lib/forms/text";
import type { StatisticsPeriod } from "@/lib/statistics/period";
import { parseReachPeriod } from "./period";

// The reach views' query string: `dari`/`sampai` (period), `dimensi` and `nilai` (one subsector, kecamatan,
// kelurahan or actor type), `jangkauan` (never, once, …), `program` and `baru` (a programme's new participants).
// Anything unknown is ignored, never an error page.

export const reachDimensionValues = ["subsector", "kecamatan", "kelurahan", "actorType"] as const;
export const reachBucketValues = ["all", "never", "once", "twice", "threePlus", "reached"] as const;

type SearchParams = Record<string, string | string[] | undefined>;

export type ReachQuery = {
  period: StatisticsPeriod;
  isPeriodFallback: boolean;
  bucket: (typeof reachBucketValues)[number];
  dimension?: (typeof reachDimensionValues)[number];
  key?: string;
  programme?: string;
  isNewOnly: boolean;
};

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

export function readReachQuery(params: SearchParams): ReachQuery {
  const { period, isFallback } = parseReachPeriod(params);
  const bucket = readQueryText(params.jangkauan);
  const dimension = readQueryText(params.dimensi);
  const hasKey = params.nilai !== undefined;
  const hasProgramme = params.program !== undefined;
  return {
    period,
    isPeriodFallback: isFallback,
    bucket: isOneOf(reachBucketValues, bucket) ? bucket : "all",
    ...(isOneOf(reachDimensionValues, dimension) && hasKey
      ? { dimension, key: readQueryText(params.nilai).slice(0, 100) }
      : {}),
    ...(hasProgramme ? { programme: readQueryText(params.program).slice(0, 64) } : {}),
    isNewOnly: hasProgramme && readQueryText(params.baru) === "1",
  };
}

/** The query string for a figure's listings (the page at /admin/jangkauan/listing). */
export function toReachQueryString(query: Partial<Omit<ReachQuery, "isPeriodFallback">>): string {
  const params = new URLSearchParams();
  if (query.period) {
    params.set("dari", query.period.from);
    params.set("sampai", query.period.to);
  }
  if (query.bucket && query.bucket !== "all") params.set("jangkauan", query.bucket);
  if (query.dimension && query.key !== undefined) {
    params.set("dimensi", query.dimension);
    params.set("nilai", query.key);
  }
  if (query.programme !== undefined) params.set("program", query.programme);
  if (query.isNewOnly) params.set("baru", "1");
  return params.toString();
}
