import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Scripts: Next streams each page's data as inline <script> elements, and public pages are static (cached) so a
// per-request nonce is impossible without making them dynamic; 'unsafe-inline' stays for scripts, and the rest
// is locked down. Stored input can never become markup (React escapes text; links pass toHttpUrl), which is what
// keeps XSS out (docs/decisions/006). Map tiles come from a server configured at run time, hence https: images.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // Browsers honour HSTS only over HTTPS, so it is harmless on a local http:// demo.
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
];

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
    return [{ source: "/:path*", headers: securityHeaders }];
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
