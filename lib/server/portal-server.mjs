// The production server: Next's request handler behind the page cache (docs/decisions/008). Started by the
// launcher (`npm start`, scripts/portal.ts) and the measuring scripts instead of `next start`, with the same
// environment. In production it listens on PORT on every interface, as `next start` without -H did (HOSTNAME is not
// read: containers set it to their own name); demo mode on loopback only. PAGE_MICROCACHE=off turns the page cache
// off.
// Plain JavaScript so production needs no TypeScript loader; lib/env.ts validates the variables beforehand.
import { randomUUID } from "node:crypto";
import http from "node:http";
import next from "next";
import path from "node:path";
import { createPageMicroCache } from "./page-micro-cache.mjs";
import { refuseMalformedRequest } from "./request-guard.mjs";
import { applyHeaderPolicy } from "./response-headers.mjs";
import { createStaticAssets } from "./static-assets.mjs";

const port = Number(process.env.PORT ?? "3000");
const app = next({ dev: false, dir: process.cwd(), port, hostname: "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

// Forwarded headers are honoured only behind a configured proxy; Next's internal headers never leave (008).
const trustedClientHeader = process.env.TRUSTED_CLIENT_IP_HEADER?.toLowerCase() || undefined;

// --- Page cache ---------------------------------------------------------------------------------------------------
// Without Redis and with PAGE_CACHE=off (several instances, nothing shared) a copy may live 1 s only, as before;
// otherwise until a write purges it, at most PAGE_CACHE_MAX_AGE_SECONDS (300 s, Next's own expireTime).
const redisUrl = process.env.REDIS_URL || undefined;
const isolatedInstances = !redisUrl && process.env.PAGE_CACHE === "off";
const maxAgeSeconds = Number(process.env.PAGE_CACHE_MAX_AGE_SECONDS || (isolatedInstances ? 1 : 300));
const memoryBytes = Number(process.env.PAGE_CACHE_MEMORY_MB || 64) * 1024 * 1024;
const instanceId = randomUUID();
const PURGE_CHANNEL = "ekraf:page-cache:purge";
let publishPurge = () => {};

const pageCache =
  process.env.PAGE_MICROCACHE === "off"
    ? null
    : createPageMicroCache({
        maxAgeMs: maxAgeSeconds * 1000,
        // Arbitrary queries (searches, unusual filters) get an eighth, apart from the rest (decision 008).
        maxBytes: Math.floor(memoryBytes * 0.875),
        queryMaxBytes: Math.floor(memoryBytes * 0.125),
        clientAddressHeader: trustedClientHeader,
        refreshOrigin: () => `http://127.0.0.1:${port}`,
        onPurge: (message) => publishPurge(message),
      });

if (pageCache) {
  // lib/cache/revalidate-pages.ts (bundled into Next's server code) finds the cache here; /api/health reads stats.
  globalThis[Symbol.for("ekraf.page-cache")] = pageCache;
  if (redisUrl) {
    // The same Redis as the shared page cache (decision 007): a write on any instance empties every instance's copy.
    const { Redis } = await import("ioredis");
    const options = { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false };
    const publisher = new Redis(redisUrl, options);
    const subscriber = new Redis(redisUrl, { ...options, enableOfflineQueue: true });
    for (const client of [publisher, subscriber])
      client.on("error", (error) => console.error(`[page-cache] redis: ${error.message}`));
    // After a reconnection a purge may have been missed: start over.
    subscriber.on("ready", () => pageCache.purge());
    // Not awaited: an unreachable Redis must not hold up the start (pages are then only purged on this instance,
    // and each instance's copies expire within PAGE_CACHE_MAX_AGE_SECONDS).
    subscriber.subscribe(PURGE_CHANNEL).catch((error) => console.error(`[page-cache] ${error.message}`));
    subscriber.on("message", (_channel, text) => {
      try {
        const message = JSON.parse(text);
        if (message.instance !== instanceId) pageCache.purge({ sentAt: Number(message.sentAt) });
      } catch {
        pageCache.purge();
      }
    });
    publishPurge = ({ sentAt }) => {
      publisher
        .publish(PURGE_CHANNEL, JSON.stringify({ instance: instanceId, sentAt }))
        .catch((error) => console.error(`[page-cache] purge not sent: ${error.message}`));
    };
  }
}

// Built scripts and styles, compressed once (Brotli and gzip) instead of gzipped by Next on every request.
const serveStaticAsset = createStaticAssets({ staticDir: path.join(process.cwd(), ".next", "static") });

const render = (request, response) =>
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    response.end("Internal Server Error");
  });

// Demo mode (the default) seeds accounts with published passwords: loopback only unless DEMO_LISTEN_PUBLIC=1.
const host = process.env.APP_ENV === "production" || process.env.DEMO_LISTEN_PUBLIC === "1" ? undefined : "127.0.0.1";

const server = http.createServer(async (request, response) => {
  // The connection's address, for per-client rate limits and loopback-only pages (lib/auth/throttle.ts); whatever a
  // client sent under this name is replaced.
  request.headers["x-portal-peer-address"] = request.socket.remoteAddress ?? "";
  // The header policy below drops an untrusted Forwarded / X-Forwarded-Host; that a proxy forwarded the request
  // still matters to loopback-only pages (lib/auth/client-address.ts), so it is kept under a name of our own.
  const hasProxyHeaders = ["forwarded", "x-forwarded-host"].some((name) => request.headers[name] !== undefined);
  if (hasProxyHeaders) request.headers["x-portal-forwarded"] = "1";
  else delete request.headers["x-portal-forwarded"];
  applyHeaderPolicy(request, response, { trustsProxy: trustedClientHeader !== undefined });
  // Malformed paths and server-action posts Next would answer with a 500: a small 4xx with the security headers.
  if (await refuseMalformedRequest(request, response)) return;
  if (await serveStaticAsset(request, response)) return;
  if (pageCache) pageCache.handle(request, response, render);
  else render(request, response);
});
// As `next start`: idle keep-alive connections stay open a little longer than a typical proxy's.
server.keepAliveTimeout = 5_000;

server.listen(port, host, () => {
  const cache = pageCache ? ` (page cache: up to ${maxAgeSeconds} s, ${memoryBytes / 1024 / 1024} MB)` : "";
  console.log(`✓ Ready on ${host ?? "every interface"}, port ${port}${cache}`);
});

let isStopping = false;
function stop() {
  if (isStopping) return;
  isStopping = true;
  // Finish the requests in progress, then leave; never hang a deployment for more than 10 s.
  setTimeout(() => process.exit(0), 10_000).unref();
  server.close(() => process.exit(0));
  server.closeIdleConnections();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
