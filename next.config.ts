import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
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
