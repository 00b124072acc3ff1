// Types for page-micro-cache.mjs (plain JavaScript: the production server loads it without a build step).
import type { IncomingMessage, ServerResponse } from "node:http";

type RequestLike = Pick<IncomingMessage, "method" | "url" | "headers">;

export function readSharedMaxAge(cacheControl: unknown): number | null;
export function readStaleWhileRevalidate(cacheControl: unknown): number;
export function cacheKeyOf(request: RequestLike): string | null;
export function matchesEtag(ifNoneMatch: unknown, etag: unknown): boolean;
export function chooseEncoding(acceptEncoding: unknown): "br" | "gzip" | "identity";

export type PageCacheStats = {
  entries: number;
  bytes: number;
  maxBytes: number;
  queryEntries: number;
  hitRate: number;
  hits: number;
  stale: number;
  misses: number;
  coalesced: number;
  renders: number;
  refused: number;
  evictions: number;
  purges: number;
  lastPurgeLagMs: number | null;
};

export type PageMicroCache = {
  handle(
    request: IncomingMessage,
    response: ServerResponse,
    render: (request: IncomingMessage, response: ServerResponse) => unknown,
  ): unknown;
  purge(options?: { sentAt?: number }): void;
  requestPurge(): void;
  settled(): Promise<void>;
  stats(): PageCacheStats;
  readonly size: number;
};

export function createPageMicroCache(options?: {
  maxAgeMs?: number;
  maxBytes?: number;
  queryMaxBytes?: number;
  maxBodyBytes?: number;
  renderBurst?: number;
  rendersPerSecond?: number;
  clientAddressHeader?: string;
  refreshOrigin?: () => string;
  onPurge?: (message: { sentAt: number }) => void;
  now?: () => number;
}): PageMicroCache;
