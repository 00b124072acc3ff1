import { expect, test } from "@playwright/test";
import { listingKindPaths } from "@/lib/listings/kinds";

const SUBSECTOR_COUNT = 17;
const listingPathPattern = new RegExp(`^/(?:en/)?(?:${Object.values(listingKindPaths).join("|")})/[^/]+$`);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function readUrlBlocks(xml: string): string[] {
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => match[1] ?? "");
}

function readLoc(block: string): string {
  return block.match(/<loc>([^<]+)<\/loc>/)?.[1] ?? "";
}

test.describe("sitemap and robots", () => {
  test("/sitemap.xml lists every public page in both languages, with language alternates", async ({
    request,
    baseURL,
  }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("xml");
    const xml = await response.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\s*<urlset xmlns="http:\/\/www.sitemaps.org/);

    const blocks = readUrlBlocks(xml);
    const paths = blocks.map((block) => new URL(readLoc(block)).pathname);
    for (const path of ["/", "/en", "/subsektor", "/en/subsektor", "/subsektor/kuliner", "/en/subsektor/kuliner"]) {
      expect(paths).toContain(path);
    }
    expect(blocks.every((block) => new URL(readLoc(block)).origin === baseURL)).toBe(true);

    const subsectorPaths = paths.filter((path) => /^\/(?:en\/)?subsektor\/[^/]+$/.test(path));
    expect(subsectorPaths).toHaveLength(2 * SUBSECTOR_COUNT);
    const listingPaths = paths.filter((path) => listingPathPattern.test(path));
    expect(listingPaths.length).toBeGreaterThan(0);
    // Each listing once per language: an even count, every Indonesian URL with its English twin.
    const indonesianListings = listingPaths.filter((path) => !path.startsWith("/en/"));
    expect(listingPaths).toHaveLength(2 * indonesianListings.length);
    for (const path of indonesianListings) expect(listingPaths).toContain(`/en${path}`);
    // "/", "/subsektor", "/peta", "/sertifikasi", "/acara", "/statistik", "/data", "/kolaborasi" and the five
    // directories, in both languages; events only when real (sample events are not indexed).
    const eventPaths = paths.filter((path) => /^\/(?:en\/)?acara\/[^/]+$/.test(path));
    expect(paths).toHaveLength(2 * 13 + 2 * SUBSECTOR_COUNT + listingPaths.length + eventPaths.length);

    // Every entry names both languages and the default; listings carry their last update.
    for (const block of blocks) {
      for (const language of ["id", "en", "x-default"]) {
        expect(block).toContain(`<xhtml:link rel="alternate" hreflang="${language}"`);
      }
    }
    // The listed URLs are the real listing pages, in both languages.
    const [firstListing] = indonesianListings;
    for (const path of [firstListing, `/en${firstListing}`]) {
      expect((await request.get(path ?? "")).status(), path).toBe(200);
    }
    const listingBlock = blocks.find((block) => listingPathPattern.test(new URL(readLoc(block)).pathname)) ?? "";
    expect(listingBlock).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T[^<]+<\/lastmod>/);
  });

  test("/robots.txt keeps crawlers out of private areas and names the sitemap", async ({ request, baseURL }) => {
    const response = await request.get("/robots.txt");
    expect(response.status()).toBe(200);
    const robots = await response.text();
    expect(robots).toContain("User-Agent: *");
    expect(robots).toContain("Allow: /");
    for (const path of ["/api/", "/admin", "/akun"]) expect(robots).toContain(`Disallow: ${path}\n`);
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  });
});

test.describe("page metadata", () => {
  test("the home page names its canonical URL and its English version", async ({ page, baseURL }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const head = page.locator("head");
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`^${escapeRegExp(baseURL ?? "")}/?$`),
    );
    await expect(head.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", `${baseURL}/en`);
    await expect(head.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
      "href",
      new RegExp(`^${escapeRegExp(baseURL ?? "")}/?$`),
    );
    await expect(head.locator('meta[property="og:locale"]')).toHaveAttribute("content", "id_ID");
    await expect(head.locator('meta[property="og:site_name"]')).toHaveAttribute(
      "content",
      "Portal Ekonomi Kreatif Kota Malang",
    );
  });

  test("an English subsector page is canonical for itself and links its Indonesian version", async ({
    page,
    baseURL,
  }) => {
    await page.goto("/en/subsektor/kuliner");
    await expect(page.getByRole("heading", { level: 1, name: "Culinary" })).toBeVisible();
    const head = page.locator("head");
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/en/subsektor/kuliner`);
    await expect(head.locator('link[rel="alternate"][hreflang="id"]')).toHaveAttribute(
      "href",
      `${baseURL}/subsektor/kuliner`,
    );
    await expect(head.locator('meta[property="og:url"]')).toHaveAttribute("content", `${baseURL}/en/subsektor/kuliner`);
    await expect(head.locator('meta[property="og:locale"]')).toHaveAttribute("content", "en_GB");
  });
});
