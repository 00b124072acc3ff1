import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import {
  baseSecurityHeaders,
  contentSecurityPolicy,
  fileContentSecurityPolicy,
} from "./lib/server/security-headers.mjs";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// The security headers live in lib/server/security-headers.mjs (the production server's request guard sends them
// too). Uploaded files keep their own sandbox policy: the pages' policy must not overwrite it.

// Several instances (docs/decisions/007): with REDIS_URL the page cache is shared through Redis, with PAGE_CACHE=off
// there is none; otherwise each process keeps its own (one machine). Read when `next start` begins, so one build
// serves every configuration; lib/env.ts validates both before the launcher starts Next.
const cacheHandler =
  process.env.REDIS_URL || process.env.PAGE_CACHE === "off"
    ? path.resolve(/*turbopackIgnore: true*/ process.cwd(), "lib/cache/shared-cache-handler.mjs")
    : undefined;

const nextConfig: NextConfig = {
  cacheHandler,
  async headers() {
    return [
      { source: "/:path*", headers: baseSecurityHeaders },
      {
        source: "/:path((?!api/files/.+).*)",
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy }],
      },
      {
        source: "/api/files/:path+",
        headers: [{ key: "Content-Security-Policy", value: fileContentSecurityPolicy }],
      },
    ];
  },
  poweredByHeader: false,
  // Cached public pages may be served stale for at most 5 minutes while they are re-rendered (Next's default is
  // a year), so an HTTP cache in front never keeps an old page for long.
  expireTime: 300,
  experimental: {
    // Cached pages live in memory only: a restart (or a restored database) never serves pages rendered from
    // older data, and nothing on an instance's disk is shared state (docs/decisions/004).
    isrFlushToDisk: false,
    // One upload (logo, proof, evidence) of up to UPLOAD_MAX_BYTES (5 MiB) plus the rest of its form.
    serverActions: { bodySizeLimit: "6mb" },
  },
  // Native and WASM database drivers stay plain Node modules instead of being bundled.
  serverExternalPackages: ["pg", "@electric-sql/pglite", "@electric-sql/pglite-socket", "@node-rs/argon2", "sharp"],
};

export default withNextIntl(nextConfig);
