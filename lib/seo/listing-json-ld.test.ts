import { describe, expect, it } from "vitest";
import type { ListingKind } from "@/lib/generated/prisma/enums";
import { buildListingJsonLd, serializeJsonLd, type ListingJsonLdInput } from "./listing-json-ld";

const url = "https://ekraf.malangkota.go.id/usaha/sari-apel-contoh";

function makeProfile(overrides: Partial<ListingJsonLdInput> = {}): ListingJsonLdInput {
  return {
    kind: "CREATIVE_BUSINESS",
    nameIndonesian: "Sari Apel Tlogomas",
    nameEn: null,
    summaryIndonesian: "Usaha kuliner di Lowokwaru.",
    summaryEn: "A culinary business in Lowokwaru.",
    address: "Jl. Veteran No. 78, Lowokwaru",
    kecamatan: "LOWOKWARU",
    latitude: -7.946497,
    longitude: 112.613729,
    websiteUrl: "https://sari-apel.contoh.id/",
    email: "halo@sari-apel.contoh.id",
    phone: "+62 812-0000-0001",
    socialLinks: [{ network: "instagram", url: "https://instagram.com/sariapel" }],
    foundedYear: 2007,
    ...overrides,
  };
}

describe("buildListingJsonLd", () => {
  it.each<[ListingKind, string]>([
    ["STARTUP_STUDIO", "Organization"],
    ["COMMUNITY", "Organization"],
    ["CREATIVE_BUSINESS", "LocalBusiness"],
    ["COWORKING", "LocalBusiness"],
    ["CAMPUS", "EducationalOrganization"],
  ])("describes a %s as a schema.org %s", (kind, type) => {
    const data = buildListingJsonLd(makeProfile({ kind }), url);
    expect(data["@context"]).toBe("https://schema.org");
    expect(data["@type"]).toBe(type);
  });

  it("carries the public fields: name, summary, page URL, address, coordinates, contacts and links", () => {
    expect(buildListingJsonLd(makeProfile(), url)).toEqual({
      "@context": "https://schema.org",
      "@type": "LocalBusiness",
      "@id": url,
      url,
      name: "Sari Apel Tlogomas",
      description: "Usaha kuliner di Lowokwaru.",
      address: {
        "@type": "PostalAddress",
        streetAddress: "Jl. Veteran No. 78, Lowokwaru",
        addressLocality: "Kota Malang",
        addressRegion: "Jawa Timur",
        addressCountry: "ID",
      },
      geo: { "@type": "GeoCoordinates", latitude: -7.946497, longitude: 112.613729 },
      email: "halo@sari-apel.contoh.id",
      telephone: "+62 812-0000-0001",
      foundingDate: "2007",
      sameAs: ["https://sari-apel.contoh.id/", "https://instagram.com/sariapel"],
    });
  });

  it("uses English text on English pages and falls back to Indonesian", () => {
    const data = buildListingJsonLd(makeProfile(), url, "en");
    expect(data.name).toBe("Sari Apel Tlogomas");
    expect(data.description).toBe("A culinary business in Lowokwaru.");
  });

  it("leaves out what is not known (real entities have no coordinates or contacts)", () => {
    const data = buildListingJsonLd(
      makeProfile({
        kind: "COMMUNITY",
        address: null,
        kecamatan: null,
        latitude: null,
        longitude: null,
        websiteUrl: null,
        email: null,
        phone: null,
        socialLinks: [],
        foundedYear: null,
      }),
      url,
    );
    expect(Object.keys(data).sort()).toEqual(["@context", "@id", "@type", "description", "name", "url"]);
  });
});

describe("serializeJsonLd", () => {
  it("keeps a </script> in listing text from closing the script element", () => {
    const name = '</script><script>alert("x")</script><!--';
    const body = serializeJsonLd(buildListingJsonLd(makeProfile({ nameIndonesian: name }), url));
    expect(body).not.toContain("</script>");
    expect(body).not.toContain("<");
    expect(body).not.toContain(">");
    expect(JSON.parse(body).name).toBe(name);
  });

  it("escapes line and paragraph separators and ampersands, and still round-trips", () => {
    const summaryIndonesian = "Kopi & teh\u2028baris\u2029paragraf";
    const body = serializeJsonLd(buildListingJsonLd(makeProfile({ summaryIndonesian }), url));
    expect(body).not.toMatch(/[&\u2028\u2029]/);
    expect(JSON.parse(body).description).toBe(summaryIndonesian);
  });
});
