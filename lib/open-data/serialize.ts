import type { Kecamatan } from "@/lib/generated/prisma/enums";
import type { KbliVersion } from "@/lib/kbli/kbli-codes";
import { getCertificationValidity } from "@/lib/certifications/validity";
import { dateColumnToIsoDate, todayInJakarta, toJakartaIsoDate } from "@/lib/dates";
import { eventTypeSlugs } from "@/lib/events/filters";
import { getEventPath } from "@/lib/events/paths";
import { getListingPath, listingKindPaths } from "@/lib/listings/kinds";
import { parseListingFacts, parseSocialLinks, toHttpUrl } from "@/lib/listings/queries";
import type { CsvCell } from "@/lib/statistics/csv";
import { getMalangAreas } from "@/lib/geo/malang-areas";
import type {
  OpenCertificationRow,
  OpenEventRow,
  OpenListingDetailRow,
  OpenListingRow,
  OpenSubsectorRow,
} from "./queries";
import type {
  OpenCertification,
  OpenDataMeta,
  OpenEvent,
  OpenListing,
  OpenListingDetail,
  OpenSubsector,
} from "./schemas";

// Each public object is built field by field from an allow-list (the schemas in ./schemas.ts): nothing is copied
// wholesale from a database row, so a column added to the database later never leaks into the API by accident.
// Contact details (email, phone, WhatsApp) stay on the profile pages and are left out of bulk downloads, so the
// open data cannot be harvested into a mailing or calling list.

export const LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";
export const ATTRIBUTION = "Portal Ekonomi Kreatif Kota Malang";

export function openDataMeta(): OpenDataMeta {
  return { licence: "CC BY 4.0", licenceUrl: LICENCE_URL, attribution: ATTRIBUTION };
}

type Context = { siteUrl: string; today?: string };

const lowerKecamatan = (kecamatan: Kecamatan | null) =>
  kecamatan ? (kecamatan.toLowerCase() as Lowercase<Kecamatan>) : null;

function kecamatanObject(kecamatan: Kecamatan | null): OpenListing["kecamatan"] {
  const area = kecamatan ? getMalangAreas().kecamatan.find((candidate) => candidate.kecamatan === kecamatan) : null;
  if (!kecamatan || !area) return null;
  return { slug: lowerKecamatan(kecamatan)!, code: area.code, bpsCode: area.bpsCode, name: area.name };
}

function kelurahanObject(code: string | null): OpenListing["kelurahan"] {
  const area = code ? getMalangAreas().byCode.get(code) : undefined;
  return area ? { code: area.code, bpsCode: area.bpsCode, name: area.name } : null;
}

const localized = (id: string, en: string | null) => ({ id, en: en || null });

type CertificationStatusWord = OpenCertification["status"];

function toStatusWord(
  certification: {
    status: OpenCertificationRow["status"];
    expiresOn: Date | null;
  },
  today: string,
): CertificationStatusWord | null {
  const validity = getCertificationValidity(certification, today);
  if (validity === "valid") return "berlaku";
  if (validity === "expired") return "kedaluwarsa";
  if (validity === "revoked") return "dicabut";
  return null;
}

function subsectorSlugs(row: Pick<OpenListingRow, "primarySubsector" | "otherSubsectors">): string[] {
  const others = row.otherSubsectors
    .map(({ subsector }) => subsector)
    .filter((subsector) => subsector.slug !== row.primarySubsector.slug)
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((subsector) => subsector.slug);
  return [row.primarySubsector.slug, ...others];
}

export function serializeListing(row: OpenListingRow, { siteUrl, today = todayInJakarta() }: Context): OpenListing {
  const hasCoordinates = row.latitude !== null && row.longitude !== null;
  return {
    slug: row.slug,
    url: `${siteUrl}${getListingPath(row)}`,
    kind: listingKindPaths[row.kind],
    name: localized(row.nameIndonesian, row.nameEn),
    summary: localized(row.summaryIndonesian, row.summaryEn),
    primarySubsector: row.primarySubsector.slug,
    subsectors: subsectorSlugs(row),
    kecamatan: kecamatanObject(row.kecamatan),
    kelurahan: kelurahanObject(row.kelurahanCode),
    address: row.address,
    latitude: hasCoordinates ? row.latitude!.toNumber() : null,
    longitude: hasCoordinates ? row.longitude!.toNumber() : null,
    websiteUrl: toHttpUrl(row.websiteUrl),
    socialLinks: parseSocialLinks(row.socialLinks).map((link) => ({ network: link.network, url: link.url })),
    foundedYear: row.foundedYear,
    tags: [...row.tags],
    kbli: row.kbliCodes.map((entry) => ({
      version: entry.version as KbliVersion,
      code: entry.code,
      title: entry.title,
    })),
    hasValidCertification: row.certifications.some((certification) => toStatusWord(certification, today) === "berlaku"),
    isSample: row.isSample,
    sourceName: row.sourceName,
    sourceUrl: toHttpUrl(row.sourceUrl),
    lastVerifiedOn: row.lastVerifiedAt ? toJakartaIsoDate(row.lastVerifiedAt) : null,
    publishedOn: row.publishedAt ? toJakartaIsoDate(row.publishedAt) : null,
  };
}

export function serializeListingDetail(row: OpenListingDetailRow, context: Context): OpenListingDetail {
  const today = context.today ?? todayInJakarta();
  return {
    ...serializeListing(row, { ...context, today }),
    description: row.descriptionIndonesian ? localized(row.descriptionIndonesian, row.descriptionEn) : null,
    facts: { ...parseListingFacts(row.kind, row.facts) },
    certifications: row.certifications.flatMap((certification) => {
      const status = toStatusWord(certification, today);
      if (!status) return [];
      return [
        {
          id: certification.id,
          url: `${context.siteUrl}/sertifikasi/${certification.id}`,
          type: certification.type.slug,
          number: certification.number,
          issuer: certification.issuerName ?? certification.type.issuingBody,
          status,
          issuedOn: certification.issuedOn ? dateColumnToIsoDate(certification.issuedOn) : null,
          expiresOn: certification.expiresOn ? dateColumnToIsoDate(certification.expiresOn) : null,
        },
      ];
    }),
  };
}

export function serializeSubsector(row: OpenSubsectorRow, { siteUrl }: Context): OpenSubsector {
  return {
    slug: row.slug,
    url: `${siteUrl}/subsektor/${row.slug}`,
    name: { id: row.nameIndonesian, en: row.nameEn },
    description: { id: row.descriptionIndonesian, en: row.descriptionEn },
    order: row.sortOrder,
  };
}

export function serializeCertification(
  row: OpenCertificationRow,
  { siteUrl, today = todayInJakarta() }: Context,
): OpenCertification | null {
  const status = toStatusWord(row, today);
  if (!status) return null;
  const revokedAt = row.status === "REVOKED" ? row.history[0]?.createdAt : undefined;
  return {
    id: row.id,
    url: `${siteUrl}/sertifikasi/${row.id}`,
    number: row.number,
    status,
    type: {
      slug: row.type.slug,
      name: { id: row.type.nameIndonesian, en: row.type.nameEn },
      issuingBody: row.type.issuingBody,
    },
    issuer: row.issuerName ?? row.type.issuingBody,
    issuedOn: row.issuedOn ? dateColumnToIsoDate(row.issuedOn) : null,
    expiresOn: row.expiresOn ? dateColumnToIsoDate(row.expiresOn) : null,
    revokedOn: revokedAt ? toJakartaIsoDate(revokedAt) : null,
    listing: {
      slug: row.listing.slug,
      url: `${siteUrl}${getListingPath(row.listing)}`,
      kind: listingKindPaths[row.listing.kind],
      name: localized(row.listing.nameIndonesian, row.listing.nameEn),
    },
    isSample: row.listing.isSample,
  };
}

export function serializeEvent(row: OpenEventRow, { siteUrl }: Context): OpenEvent {
  const organiserListing = row.organiserListing?.status === "PUBLISHED" ? row.organiserListing : null;
  return {
    slug: row.slug,
    url: `${siteUrl}${getEventPath(row)}`,
    type: eventTypeSlugs[row.type],
    title: localized(row.titleIndonesian, row.titleEn),
    description: localized(row.descriptionIndonesian, row.descriptionEn),
    programme: row.programme
      ? {
          slug: row.programme.slug,
          name: { id: row.programme.nameIndonesian, en: row.programme.nameEn },
          year: row.programme.year,
        }
      : null,
    organiser: organiserListing
      ? { name: organiserListing.nameIndonesian, listingSlug: organiserListing.slug }
      : row.organiserName
        ? { name: row.organiserName, listingSlug: null }
        : null,
    venue: row.venue,
    kecamatan: lowerKecamatan(row.kecamatan),
    isOnline: row.isOnline,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    registrationUrl: toHttpUrl(row.registrationUrl),
    subsectors: row.subsectors
      .map(({ subsector }) => subsector)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((subsector) => subsector.slug),
    isSample: row.isSample,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// CSV: the same objects, one row each; lists joined with "; ", two languages in two columns.

export type CsvColumns<T> = { header: string; value: (item: T) => CsvCell }[];

const joined = (values: string[]) => values.join("; ");

export const listingCsvColumns: CsvColumns<OpenListing> = [
  { header: "slug", value: (item) => item.slug },
  { header: "url", value: (item) => item.url },
  { header: "kind", value: (item) => item.kind },
  { header: "name_id", value: (item) => item.name.id },
  { header: "name_en", value: (item) => item.name.en },
  { header: "summary_id", value: (item) => item.summary.id },
  { header: "summary_en", value: (item) => item.summary.en },
  { header: "primary_subsector", value: (item) => item.primarySubsector },
  { header: "subsectors", value: (item) => joined(item.subsectors) },
  { header: "kecamatan", value: (item) => item.kecamatan?.slug ?? null },
  { header: "kecamatan_code", value: (item) => item.kecamatan?.code ?? null },
  { header: "kecamatan_bps_code", value: (item) => item.kecamatan?.bpsCode ?? null },
  { header: "kelurahan", value: (item) => item.kelurahan?.name ?? null },
  { header: "kelurahan_code", value: (item) => item.kelurahan?.code ?? null },
  { header: "kelurahan_bps_code", value: (item) => item.kelurahan?.bpsCode ?? null },
  { header: "address", value: (item) => item.address },
  { header: "latitude", value: (item) => item.latitude },
  { header: "longitude", value: (item) => item.longitude },
  { header: "website_url", value: (item) => item.websiteUrl },
  { header: "social_links", value: (item) => joined(item.socialLinks.map((link) => link.url)) },
  { header: "founded_year", value: (item) => item.foundedYear },
  { header: "tags", value: (item) => joined(item.tags) },
  { header: "kbli", value: (item) => joined(item.kbli.map((entry) => `${entry.version}:${entry.code}`)) },
  { header: "has_valid_certification", value: (item) => item.hasValidCertification },
  { header: "is_sample", value: (item) => item.isSample },
  { header: "source_name", value: (item) => item.sourceName },
  { header: "source_url", value: (item) => item.sourceUrl },
  { header: "last_verified_on", value: (item) => item.lastVerifiedOn },
  { header: "published_on", value: (item) => item.publishedOn },
];

export const subsectorCsvColumns: CsvColumns<OpenSubsector> = [
  { header: "slug", value: (item) => item.slug },
  { header: "url", value: (item) => item.url },
  { header: "name_id", value: (item) => item.name.id },
  { header: "name_en", value: (item) => item.name.en },
  { header: "description_id", value: (item) => item.description.id },
  { header: "description_en", value: (item) => item.description.en },
  { header: "order", value: (item) => item.order },
];

export const certificationCsvColumns: CsvColumns<OpenCertification> = [
  { header: "id", value: (item) => item.id },
  { header: "url", value: (item) => item.url },
  { header: "number", value: (item) => item.number },
  { header: "status", value: (item) => item.status },
  { header: "type", value: (item) => item.type.slug },
  { header: "type_name_id", value: (item) => item.type.name.id },
  { header: "type_name_en", value: (item) => item.type.name.en },
  { header: "issuer", value: (item) => item.issuer },
  { header: "issued_on", value: (item) => item.issuedOn },
  { header: "expires_on", value: (item) => item.expiresOn },
  { header: "revoked_on", value: (item) => item.revokedOn },
  { header: "listing_slug", value: (item) => item.listing.slug },
  { header: "listing_kind", value: (item) => item.listing.kind },
  { header: "listing_name_id", value: (item) => item.listing.name.id },
  { header: "listing_url", value: (item) => item.listing.url },
  { header: "is_sample", value: (item) => item.isSample },
];

export const eventCsvColumns: CsvColumns<OpenEvent> = [
  { header: "slug", value: (item) => item.slug },
  { header: "url", value: (item) => item.url },
  { header: "type", value: (item) => item.type },
  { header: "title_id", value: (item) => item.title.id },
  { header: "title_en", value: (item) => item.title.en },
  { header: "programme", value: (item) => item.programme?.slug },
  { header: "organiser", value: (item) => item.organiser?.name },
  { header: "organiser_listing", value: (item) => item.organiser?.listingSlug },
  { header: "venue", value: (item) => item.venue },
  { header: "kecamatan", value: (item) => item.kecamatan },
  { header: "is_online", value: (item) => item.isOnline },
  { header: "starts_at", value: (item) => item.startsAt },
  { header: "ends_at", value: (item) => item.endsAt },
  { header: "registration_url", value: (item) => item.registrationUrl },
  { header: "subsectors", value: (item) => joined(item.subsectors) },
  { header: "is_sample", value: (item) => item.isSample },
];
