import { describe, expect, it } from "vitest";
import { buildAlternates, buildOpenGraph, buildOpenGraphLocales, localizePath } from "./alternates";

describe("buildAlternates", () => {
  it("links the Indonesian and English versions of a page, Indonesian as x-default", () => {
    expect(buildAlternates("id", "/subsektor/kuliner")).toEqual({
      canonical: "/subsektor/kuliner",
      languages: { id: "/subsektor/kuliner", en: "/en/subsektor/kuliner", "x-default": "/subsektor/kuliner" },
    });
  });

  it("makes the English page canonical for itself", () => {
    expect(buildAlternates("en", "/subsektor/kuliner").canonical).toBe("/en/subsektor/kuliner");
  });

  it("maps the home page to / and /en", () => {
    expect(buildAlternates("en", "/")).toEqual({
      canonical: "/en",
      languages: { id: "/", en: "/en", "x-default": "/" },
    });
    expect(buildAlternates("id", "/").canonical).toBe("/");
  });
});

describe("localizePath", () => {
  it("adds a missing leading slash and drops a trailing one", () => {
    expect(localizePath("id", "subsektor/")).toBe("/subsektor");
    expect(localizePath("en", "subsektor/")).toBe("/en/subsektor");
    expect(localizePath("en", "")).toBe("/en");
  });

  it("treats an unknown locale as Indonesian", () => {
    expect(localizePath("fr", "/subsektor")).toBe("/subsektor");
  });
});

describe("buildOpenGraphLocales", () => {
  it("names the page's Open Graph locale and the other language as its alternate", () => {
    expect(buildOpenGraphLocales("id")).toEqual({ locale: "id_ID", alternateLocale: ["en_GB"] });
    expect(buildOpenGraphLocales("en")).toEqual({ locale: "en_GB", alternateLocale: ["id_ID"] });
  });
});

describe("buildOpenGraph", () => {
  it("always includes the site-wide fields next to the page's own", () => {
    expect(buildOpenGraph("en", { siteName: "Portal", title: "Culinary", url: "/en/subsektor/kuliner" })).toEqual({
      type: "website",
      locale: "en_GB",
      alternateLocale: ["id_ID"],
      siteName: "Portal",
      title: "Culinary",
      url: "/en/subsektor/kuliner",
    });
  });
});
