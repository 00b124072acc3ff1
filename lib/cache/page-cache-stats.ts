import "server-only";

const PAGE_CACHE = Symbol.for("ekraf.page-cache");

export type PageCacheSummary = {
  entries: number;
  bytes: number;
  maxBytes: number;
  hitRate: number;
  purges: number;
  purgeLagMs: number | null;
};

/** The production server's page cache in one line for /api/health (null under `next dev` or with it off). */
export function readPageCacheStats(): PageCacheSummary | null {
  const cache = (globalThis as { [PAGE_CACHE]?: { stats(): PageCacheSummary & { lastPurgeLagMs: number | null } } })[
    PAGE_CACHE
  ];
  if (!cache) return null;
  const { entries, bytes, maxBytes, hitRate, purges, lastPurgeLagMs } = cache.stats();
  return { entries, bytes, maxBytes, hitRate, purges, purgeLagMs: lastPurgeLagMs };
}
