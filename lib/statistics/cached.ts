import "server-only";
import { unstable_cache } from "next/cache";
import { getDirectoryStatistics } from "./queries";

// /statistik reads its funnel period from the query string, so the page is rendered per request. The directory
// counts do not depend on the period and need not be exact to the second: they are computed at most once every
// five minutes per instance (and per sample setting) and shared by the page and the CSV downloads, which
// therefore always agree. The funnel and the city figures are read live, so a recorded training or an edited
// figure shows at once.
export const STATISTICS_REVALIDATE_SECONDS = 300;

export const getCachedDirectoryStatistics = unstable_cache(
  async (includeSamples: boolean) => getDirectoryStatistics({ includeSamples }),
  ["directory-statistics-v1"],
  { revalidate: STATISTICS_REVALIDATE_SECONDS, tags: ["statistics"] },
);
