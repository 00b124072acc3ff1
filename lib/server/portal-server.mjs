// The production server: Next's request handler behind a one-second page micro-cache (docs/decisions/008).
// Started by the launcher (`npm start`, lib/cli/portal.ts) and the measuring scripts instead of `next start`, with
// the same environment. In production it listens on PORT on every interface, as `next start` without -H did (HOSTNAME
// is not read: containers set it to their own name); demo mode on loopback only. PAGE_MICROCACHE=off turns the
// micro-cache off.
// Plain JavaScript so production needs no TypeScript loader; lib/env.ts validates the variables beforehand.
import http from "node:http";
import next from "next";
import { createPageMicroCache } from "./page-micro-cache.mjs";

const port = Number(process.env.PORT ?? "3000");
const app = next({ dev: false, dir: process.cwd(), port, hostname: "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const pageCache = process.env.PAGE_MICROCACHE === "off" ? null : createPageMicroCache({ ttlMs: 1000 });

// Demo mode (the default) seeds accounts with published passwords: loopback only unless DEMO_LISTEN_PUBLIC=1.
const host = process.env.APP_ENV === "production" || process.env.DEMO_LISTEN_PUBLIC === "1" ? undefined : "127.0.0.1";

const server = http.createServer((request, response) => {
  // The connection's address, for per-client rate limits and loopback-only pages (lib/auth/throttle.ts); whatever a
  // client sent under this name is replaced.
  request.headers["x-portal-peer-address"] = request.socket.remoteAddress ?? "";
  if (pageCache) {
    if (pageCache.serve(request, response)) return;
    pageCache.observe(request, response);
  }
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    response.end("Internal Server Error");
  });
});
// As `next start`: idle keep-alive connections stay open a little longer than a typical proxy's.
server.keepAliveTimeout = 5_000;

server.listen(port, host, () => {
  console.log(`✓ Ready on ${host ?? "every interface"}, port ${port}${pageCache ? " (page micro-cache: 1 s)" : ""}`);
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
