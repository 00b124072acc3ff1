// @ts-check
// Next's server cache (`cacheHandler` in next.config.ts) when several instances serve the portal
// (docs/decisions/007). Next loads this file itself with a plain `import()` when `next start` begins, outside
// the app's bundle: hence JavaScript, and process.env read here (lib/env.ts validates REDIS_URL and PAGE_CACHE
// before the launcher starts Next).
//
// REDIS_URL: rendered pages (and unstable_cache data) are kept in Redis for every instance, plus a copy in this
// process's memory; every read first asks Redis whether one of the entry's tags (a revalidatePath is a tag) was
// invalidated after the entry was rendered, so an edit through one instance is seen by all at their next request.
// PAGE_CACHE=off: nothing is kept between requests; every request renders.
import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { Redis } from "ioredis";

/**
 * An entry counts as rendered this long before it was stored: a render that read the database before an edit
 * committed (or from a replica a few milliseconds behind) and was stored just after the edit's invalidation is
 * then treated as stale too, and rendered once more.
 */
export const RENDER_MARGIN_MS = 2000;
// Invalidation times are kept as long as any entry can live, then dropped.
const TAG_RETENTION_MS = 24 * 60 * 60 * 1000;
const MAX_TTL_SECONDS = 24 * 60 * 60;
const TAGS_HEADER = "x-next-cache-tags";

/**
 * @typedef {{ lastModified: number, value: any, cacheControl?: { revalidate: number | false, expire?: number } }} CacheEntry
 * @typedef {{ entry: CacheEntry, tags: string[] }} CacheRecord
 * @typedef {{
 *   readEntry(key: string): Promise<Buffer | null>,
 *   writeEntry(key: string, bytes: Buffer, ttlSeconds: number): Promise<void>,
 *   readTagTimes(tags: string[]): Promise<(number | null)[]>,
 *   markTags(tags: string[], at: number, forgetBefore: number): Promise<void>,
 *   isAvailable(): boolean,
 *   onReconnect(listener: () => void): void,
 * }} SharedStore
 */

/** The tags Next attached to an entry: response entries carry them in a header, data entries in `tags`. */
function tagsOf(value, ctxTags) {
  const header = value?.headers?.[TAGS_HEADER];
  const fromHeader = typeof header === "string" && header ? header.split(",") : [];
  return [...new Set([...fromHeader, ...(value?.tags ?? []), ...(ctxTags ?? [])])];
}

function ttlSecondsOf(value, cacheControl) {
  const seconds =
    typeof cacheControl?.expire === "number"
      ? cacheControl.expire
      : typeof value?.revalidate === "number"
        ? value.revalidate * 2
        : MAX_TTL_SECONDS;
  return Math.max(60, Math.min(MAX_TTL_SECONDS, Math.ceil(seconds)));
}

function sizeOf(record) {
  const value = record.entry.value ?? {};
  let size = 1024;
  for (const part of [value.html, value.rscData, value.body, value.data?.body]) size += part?.length ?? 0;
  if (value.segmentData instanceof Map) for (const segment of value.segmentData.values()) size += segment.length;
  return size;
}

/** Least recently used records in this process, bounded in bytes. */
class MemoryCopy {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, { record: CacheRecord, size: number }>} */
    this.items = new Map();
  }

  get(key) {
    const item = this.items.get(key);
    if (!item) return undefined;
    this.items.delete(key);
    this.items.set(key, item);
    return item.record;
  }

  set(key, record) {
    this.delete(key);
    const size = sizeOf(record);
    if (size > this.maxBytes) return;
    this.items.set(key, { record, size });
    this.bytes += size;
    for (const [oldest, item] of this.items) {
      if (this.bytes <= this.maxBytes) break;
      this.items.delete(oldest);
      this.bytes -= item.size;
    }
  }

  delete(key) {
    const item = this.items.get(key);
    if (!item) return;
    this.items.delete(key);
    this.bytes -= item.size;
  }

  clear() {
    this.items.clear();
    this.bytes = 0;
  }
}

/**
 * The handler's logic over any SharedStore (Redis in production, a Map in the unit tests).
 * @param {{ store: SharedStore, namespace: string, maxMemoryBytes: number, now?: () => number, log?: (message: string) => void }} options
 */
export function createSharedCache({ store, namespace, maxMemoryBytes, now = Date.now, log = console.error }) {
  const memory = new MemoryCopy(maxMemoryBytes);
  // After an outage this process may have missed invalidations: its copies are no longer trusted.
  store.onReconnect(() => memory.clear());
  const entryKey = (key) => `${namespace}:${key}`;

  return {
    /** @returns {Promise<CacheEntry | null>} */
    async get(key, ctx = {}) {
      // Without the store, freshness cannot be proven: render instead of risking a stale page.
      if (!store.isAvailable()) return null;
      try {
        let record = memory.get(key);
        if (!record) {
          const bytes = await store.readEntry(entryKey(key));
          if (!bytes) return null;
          record = /** @type {CacheRecord} */ (v8.deserialize(bytes));
          memory.set(key, record);
        }
        const tags = [...new Set([...record.tags, ...(ctx.tags ?? []), ...(ctx.softTags ?? [])])];
        if (tags.length > 0) {
          const times = await store.readTagTimes(tags);
          const renderedFrom = record.entry.lastModified - RENDER_MARGIN_MS;
          if (times.some((time) => time !== null && time >= renderedFrom)) {
            memory.delete(key);
            return null;
          }
        }
        return record.entry;
      } catch (error) {
        log(`[cache] read of ${key} failed, rendering instead: ${error instanceof Error ? error.message : error}`);
        return null;
      }
    },

    async set(key, value, ctx = {}) {
      if (!value) {
        memory.delete(key);
        return;
      }
      /** @type {CacheRecord} */
      const record = {
        entry: { lastModified: now(), value, ...(ctx.cacheControl ? { cacheControl: ctx.cacheControl } : {}) },
        tags: tagsOf(value, ctx.tags),
      };
      memory.set(key, record);
      try {
        await store.writeEntry(entryKey(key), v8.serialize(record), ttlSecondsOf(value, ctx.cacheControl));
      } catch (error) {
        log(`[cache] write of ${key} failed: ${error instanceof Error ? error.message : error}`);
      }
    },

    // Every invalidation is immediate (the portal only calls revalidatePath), whatever `durations` says.
    async revalidateTag(tags) {
      const list = (Array.isArray(tags) ? tags : [tags]).filter(Boolean);
      if (list.length === 0) return;
      const at = now();
      try {
        await store.markTags(list, at, at - TAG_RETENTION_MS);
      } catch (error) {
        // The edit is saved; other instances show the old page until its revalidate time (60 s) passes.
        log(
          `[cache] invalidation of ${list.join(", ")} did not reach Redis: ${error instanceof Error ? error.message : error}`,
        );
      }
    },
  };
}

/**
 * Redis as the SharedStore: entries as plain keys with a TTL, invalidation times in one sorted set.
 * @param {string} url
 * @returns {SharedStore & { quit(): Promise<unknown> }}
 */
export function createRedisStore(url, tagsKey = "ekraf:cache-tags") {
  const redis = new Redis(url, {
    // A slow or absent Redis costs a render, never a hung request.
    commandTimeout: 1000,
    connectTimeout: 2000,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  let hasBeenReady = false;
  /** @type {(() => void)[]} */
  const reconnectListeners = [];
  redis.on("ready", () => {
    if (hasBeenReady) for (const listener of reconnectListeners) listener();
    hasBeenReady = true;
  });
  // Without a listener ioredis prints every reconnection error; one line per state change is enough.
  let lastError = "";
  redis.on("error", (error) => {
    if (error.message !== lastError) console.error(`[cache] Redis: ${error.message}`);
    lastError = error.message;
  });
  redis.on("ready", () => (lastError = ""));

  return {
    readEntry: (key) => redis.getBuffer(key),
    async writeEntry(key, bytes, ttlSeconds) {
      // Best effort: while Redis is away, pages are not queued up in memory for it (invalidations are).
      if (redis.status !== "ready") return;
      await redis.set(key, bytes, "EX", ttlSeconds);
    },
    async readTagTimes(tags) {
      const scores = await redis.zmscore(tagsKey, ...tags);
      return scores.map((score) => (score === null ? null : Number(score)));
    },
    async markTags(tags, at, forgetBefore) {
      await redis
        .multi()
        .zadd(tagsKey, ...tags.flatMap((tag) => [at, tag]))
        .zremrangebyscore(tagsKey, "-inf", forgetBefore)
        .exec();
    },
    isAvailable: () => redis.status === "ready",
    onReconnect: (listener) => void reconnectListeners.push(listener),
    quit: () => redis.quit(),
  };
}

function readBuildId(serverDistDir) {
  try {
    return fs.readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
  } catch {
    return "unknown-build";
  }
}

/** @type {ReturnType<typeof createSharedCache> | undefined} */
let shared;
const noCache = {
  get: async () => null,
  set: async () => {},
  revalidateTag: async () => {},
};

function implementation(ctx) {
  if (process.env.PAGE_CACHE === "off" || !process.env.REDIS_URL) return noCache;
  shared ??= createSharedCache({
    store: createRedisStore(process.env.REDIS_URL),
    // Pages of one build never reach another build: their scripts and payload format may differ.
    namespace: `ekraf:cache:${readBuildId(ctx.serverDistDir ?? ".next/server")}`,
    maxMemoryBytes: ctx.maxMemoryCacheSize || 50 * 1024 * 1024,
  });
  return shared;
}

// Next makes one handler per request; the store and the memory copy live in the module, once per process.
export default class PortalCacheHandler {
  constructor(ctx = {}) {
    this.cache = implementation(ctx);
  }

  get(key, ctx) {
    return this.cache.get(key, ctx);
  }

  set(key, value, ctx) {
    return this.cache.set(key, value, ctx);
  }

  revalidateTag(tags) {
    return this.cache.revalidateTag(tags);
  }

  resetRequestCache() {}
}
