import "server-only";
import { revalidatePath as revalidateNextPath } from "next/cache";

// The production server's page cache (lib/server/page-micro-cache.mjs) registers itself here; Next runs in the
// same process, but bundles this module apart from the server's, so the two meet on a process-wide symbol.
const PAGE_CACHE = Symbol.for("ekraf.page-cache");
type PageCacheHook = { requestPurge(): void };

// Pages for one person (account, staff areas) are never in the page cache: revalidating them purges nothing.
const privatePath = /^\/(?:\[locale\]|[a-z]{2})?\/?(?:akun|admin)(?:\/|$)/;

/**
 * Next's revalidatePath, and the production server's page cache emptied when the path is public: on this
 * instance at once, on the others through Redis once the request that wrote ends (docs/decisions/008). Only writes
 * that happened call this, so a request that changes nothing (a 404 POST, a refused form) never empties it.
 */
export function revalidatePath(path: string, type?: "layout" | "page") {
  revalidateNextPath(path, type);
  if (privatePath.test(path)) return;
  (globalThis as { [PAGE_CACHE]?: PageCacheHook })[PAGE_CACHE]?.requestPurge();
}
