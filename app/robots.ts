import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { getSiteUrl } from "@/lib/seo/site-url";
import { routes } from "@/lib/site/routes";

export default async function robots(): Promise<MetadataRoute.Robots> {
  // Built at request time: `next build` runs without AUTH_URL, and a static file would name localhost.
  await connection();
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      // API routes, and the admin and account areas to come, are not for search engines.
      disallow: ["/api/", ...[routes.admin.home, routes.account.home].flatMap((path) => [path, `/en${path}`])],
    },
    sitemap: `${getSiteUrl()}/sitemap.xml`,
  };
}
