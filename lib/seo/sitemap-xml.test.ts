import { describe, expect, it } from "vitest";
import { buildSitemapEntries, chunkSitemapEntries } from "./sitemap-entries";
import { renderSitemapIndex, renderUrlSet } from "./sitemap-xml";

const siteUrl = "https://ekraf.example.go.id";

describe("sitemap XML", () => {
  it("writes each URL with its language alternates and last change, escaping what XML needs", () => {
    const xml = renderUrlSet(
      buildSitemapEntries(siteUrl, {
        subsectors: [],
        listings: [{ slug: "kopi-&-teh", kind: "CREATIVE_BUSINESS", updatedAt: new Date("2026-11-20T03:00:00Z") }],
      }),
    );
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset /);
    expect(xml).toContain(`<loc>${siteUrl}/usaha/kopi-%26-teh</loc>`);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${siteUrl}/en/usaha/kopi-%26-teh" />`);
    expect(xml).toContain("<lastmod>2026-11-20T03:00:00.000Z</lastmod>");
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it("becomes an index of numbered files beyond 50,000 URLs", () => {
    const entries = Array.from({ length: 120_001 }, (_, index) => ({ url: `${siteUrl}/x/${index}` }));
    const chunks = chunkSitemapEntries(entries);
    expect(chunks.map((chunk) => chunk.length)).toEqual([50_000, 50_000, 20_001]);
    const index = renderSitemapIndex(chunks.map((_, number) => `${siteUrl}/sitemap/${number}.xml`));
    expect(index).toContain("<sitemapindex");
    expect([...index.matchAll(/<sitemap><loc>/g)]).toHaveLength(3);
    expect(index).toContain(`<loc>${siteUrl}/sitemap/2.xml</loc>`);
  });
});
