import type { ListingKind } from "@/lib/generated/prisma/enums";
import type { ListingProfile } from "@/lib/listings/queries";
import { pickLocalized } from "@/lib/i18n/localized";

export const listingSchemaTypes: Record<ListingKind, string> = {
  STARTUP_STUDIO: "Organization",
  COMMUNITY: "Organization",
  CREATIVE_BUSINESS: "LocalBusiness",
  COWORKING: "LocalBusiness",
  CAMPUS: "EducationalOrganization",
};

export type ListingJsonLdInput = Pick<
  ListingProfile,
  | "kind"
  | "nameIndonesian"
  | "nameEn"
  | "summaryIndonesian"
  | "summaryEn"
  | "address"
  | "kecamatan"
  | "latitude"
  | "longitude"
  | "websiteUrl"
  | "email"
  | "phone"
  | "socialLinks"
  | "foundedYear"
>;

export type ListingJsonLd = Record<string, unknown> & { "@context": "https://schema.org"; "@type": string };

/** schema.org data for a public listing profile; `url` is the absolute address of the profile page. */
export function buildListingJsonLd(profile: ListingJsonLdInput, url: string, locale = "id"): ListingJsonLd {
  const data: ListingJsonLd = {
    "@context": "https://schema.org",
    "@type": listingSchemaTypes[profile.kind],
    "@id": url,
    url,
    name: pickLocalized(locale, profile.nameIndonesian, profile.nameEn),
    description: pickLocalized(locale, profile.summaryIndonesian, profile.summaryEn),
  };
  if (profile.address || profile.kecamatan) {
    data.address = {
      "@type": "PostalAddress",
      ...(profile.address ? { streetAddress: profile.address } : {}),
      addressLocality: "Kota Malang",
      addressRegion: "Jawa Timur",
      addressCountry: "ID",
    };
  }
  if (profile.latitude !== null && profile.longitude !== null) {
    data.geo = { "@type": "GeoCoordinates", latitude: profile.latitude, longitude: profile.longitude };
  }
  if (profile.email) data.email = profile.email;
  if (profile.phone) data.telephone = profile.phone;
  if (profile.foundedYear) data.foundingDate = String(profile.foundedYear);
  const sameAs = [profile.websiteUrl, ...profile.socialLinks.map((link) => link.url)].filter((link): link is string =>
    Boolean(link),
  );
  if (sameAs.length > 0) data.sameAs = sameAs;
  return data;
}

/**
 * For a <script type="application/ld+json"> body: escapes the characters that could close the script element or
 * start markup, so listing text can never break out of it.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
