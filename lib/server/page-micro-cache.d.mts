// Types for page-micro-cache.mjs (plain JavaScript: the production server loads it without a build step).
import type { IncomingMessage, ServerResponse } from "node:http";

type RequestLike = Pick<IncomingMessage, "method" | "url" | "headers">;

export function readSharedMaxAge(cacheControl: unknown): number | null;
export function cacheKeyOf(request: RequestLike): string | null;
export function mayChangeData(request: RequestLike): boolean;
export function matchesEtag(ifNoneMatch: unknown, etag: unknown): boolean;

export type PageMicroCache = {
  serve(request: RequestLike, response: ServerResponse): boolean;
  observe(request: RequestLike, response: ServerResponse): void;
  clear(): void;
  readonly size: number;
};

export function createPageMicroCache(options?: {
  ttlMs?: number;
  maxEntries?: number;
  maxBodyBytes?: number;
  now?: () => number;
}): PageMicroCache;
