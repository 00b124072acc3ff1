import { describe, expect, it } from "vitest";
import { buildSitemapEntries, chunkSitemapEntries, SITEMAP_URL_LIMIT } from "./sitemap-entries";

const siteUrl = "https://ekraf.example.go.id";

describe("buildSitemapEntries", () => {
  const updatedAt = new Date("2026-11-20T03:00:00Z");
  const entries = buildSitemapEntries(siteUrl, {
    subsectors: [{ slug: "kuliner" }],
    listings: [{ slug: "kopi-uji", kind: "CREATIVE_BUSINESS", updatedAt }],
  });

  it("lists the home, the indexes, the map, the directories, each subsector and each listing in both languages", () => {
    expect(entries.map((entry) => entry.url)).toEqual([
      siteUrl,
      `${siteUrl}/en`,
      `${siteUrl}/subsektor`,
      `${siteUrl}/en/subsektor`,
      `${siteUrl}/peta`,
      `${siteUrl}/en/peta`,
      `${siteUrl}/sertifikasi`,
      `${siteUrl}/en/sertifikasi`,
      ...["acara", "statistik", "data", "kolaborasi"].flatMap((path) => [
        `${siteUrl}/${path}`,
        `${siteUrl}/en/${path}`,
      ]),
      ...["startup", "usaha", "komunitas", "coworking", "kampus"].flatMap((path) => [
        `${siteUrl}/${path}`,
        `${siteUrl}/en/${path}`,
      ]),
      `${siteUrl}/subsektor/kuliner`,
      `${siteUrl}/en/subsektor/kuliner`,
      `${siteUrl}/usaha/kopi-uji`,
      `${siteUrl}/en/usaha/kopi-uji`,
    ]);
  });

  it("names every language version of each page, with absolute URLs", () => {
    const kuliner = entries.filter((entry) => entry.url.endsWith("/subsektor/kuliner"));
    for (const entry of kuliner) {
      expect(entry.alternates?.languages).toEqual({
        id: `${siteUrl}/subsektor/kuliner`,
        en: `${siteUrl}/en/subsektor/kuliner`,
        "x-default": `${siteUrl}/subsektor/kuliner`,
      });
    }
  });

  it("writes the Indonesian home page without a trailing slash, as its canonical link does", () => {
    expect(entries[0]?.alternates?.languages).toEqual({ id: siteUrl, en: `${siteUrl}/en`, "x-default": siteUrl });
  });

  it("dates listings by their last update and leaves aggregate pages undated", () => {
    const listing = entries.filter((entry) => entry.url.endsWith("/usaha/kopi-uji"));
    expect(listing.map((entry) => entry.lastModified)).toEqual([updatedAt, updatedAt]);
    expect(entries[0]).not.toHaveProperty("lastModified");
  });

  it("percent-encodes slugs so the XML stays valid", () => {
    const urls = buildSitemapEntries(siteUrl, {
      subsectors: [],
      listings: [{ slug: "kopi&teh", kind: "COMMUNITY", updatedAt }],
    }).map((entry) => entry.url);
    expect(urls).toContain(`${siteUrl}/komunitas/kopi%26teh`);
    expect(urls.join()).not.toContain("&");
  });
});

describe("chunkSitemapEntries", () => {
  it("keeps up to 50,000 URLs in one sitemap", () => {
    const entries = Array.from({ length: SITEMAP_URL_LIMIT }, (_, index) => index);
    expect(chunkSitemapEntries(entries)).toHaveLength(1);
  });

  it("splits beyond the limit, in order, without losing entries", () => {
    const entries = Array.from({ length: SITEMAP_URL_LIMIT * 2 + 1 }, (_, index) => index);
    const chunks = chunkSitemapEntries(entries);
    expect(chunks.map((chunk) => chunk.length)).toEqual([SITEMAP_URL_LIMIT, SITEMAP_URL_LIMIT, 1]);
    expect(chunks.flat()).toEqual(entries);
  });

  it("splits by a given size", () => {
    expect(chunkSitemapEntries(["a", "b", "c"], 2)).toEqual([["a", "b"], ["c"]]);
  });

  it("returns one empty chunk for no entries, so a sitemap is always served", () => {
    expect(chunkSitemapEntries([])).toEqual([[]]);
  });

  it("rejects a size that is not a positive integer", () => {
    expect(() => chunkSitemapEntries(["a"], 0)).toThrow(RangeError);
    expect(() => chunkSitemapEntries(["a"], 1.5)).toThrow(RangeError);
  });
});
