// Types for shared-cache-handler.mjs (plain JavaScript: Next imports it itself when `next start` begins).
export const RENDER_MARGIN_MS: number;

export type CacheEntry = {
  lastModified: number;
  value: unknown;
  cacheControl?: { revalidate: number | false; expire?: number };
};

export type SharedStore = {
  readEntry(key: string): Promise<Buffer | null>;
  writeEntry(key: string, bytes: Buffer, ttlSeconds: number): Promise<void>;
  readTagTimes(tags: string[]): Promise<(number | null)[]>;
  markTags(tags: string[], at: number, forgetBefore: number): Promise<void>;
  isAvailable(): boolean;
  onReconnect(listener: () => void): void;
};

type CacheContext = { tags?: string[]; softTags?: string[]; cacheControl?: CacheEntry["cacheControl"] };

export type SharedCache = {
  get(key: string, ctx?: CacheContext): Promise<CacheEntry | null>;
  set(key: string, value: unknown, ctx?: CacheContext): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
};

export function createSharedCache(options: {
  store: SharedStore;
  namespace: string;
  maxMemoryBytes: number;
  now?: () => number;
  log?: (message: string) => void;
}): SharedCache;

export function createRedisStore(url: string, tagsKey?: string): SharedStore & { quit(): Promise<unknown> };

export default class PortalCacheHandler {
  constructor(ctx?: { serverDistDir?: string; maxMemoryCacheSize?: number });
  get(key: string, ctx?: CacheContext): Promise<CacheEntry | null>;
  set(key: string, value: unknown, ctx?: CacheContext): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
