import { getEnv } from "@/lib/env";
import type { Env } from "@/lib/env";

/** The portal's public origin, without a trailing slash, for absolute URLs (sitemap, canonical, Open Graph). */
export function getSiteUrl(env: Pick<Env, "AUTH_URL" | "PORT"> = getEnv()): string {
  // Same fallback as the launcher (scripts/portal.ts), so demo mode links to where it is actually served.
  const url = env.AUTH_URL ?? `http://localhost:${env.PORT}`;
  return url.replace(/\/+$/, "");
}
