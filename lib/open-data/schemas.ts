import { z } from "zod";
import { KELURAHAN_CODE_PATTERN, MAX_QUERY_LENGTH, sortValues } from "@/lib/directory/filters";
import { kecamatanSlugs } from "@/lib/geo/kecamatan";
import { eventTypeSlugs } from "@/lib/events/filters";
import { listingKindPaths } from "@/lib/listings/kinds";
import { socialNetworks } from "@/lib/listings/schemas";

// The open data API's contract: the query parameters each endpoint accepts and the exact shape of what it
// returns. The handlers parse with these schemas, the serializers are typed by them, and the OpenAPI document
// (/api/v1/openapi.json) is generated from them, so the three cannot drift apart. Response objects are strict:
// a field not listed here is a field the API never sends.
//
// Field names are English; enumerated values are the words the website's own URLs and filters use
// (`jenis=usaha`, `kecamatan=klojen`), so a value read from a response can be sent back as a filter.

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 100;
/** A CSV download holds every matching row up to this many (`hal` and `per` do not apply to it). */
export const MAX_CSV_ROWS = 10_000;

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const kindWords = Object.values(listingKindPaths) as [string, ...string[]];
export const eventTypeWords = Object.values(eventTypeSlugs) as [string, ...string[]];
export const certificateStatusWords = ["berlaku", "kedaluwarsa", "dicabut"] as const;

const slugParameter = (description: string) =>
  z
    .string()
    .trim()
    .max(100)
    .regex(slugPattern, { error: "must be a slug (lower-case words joined by hyphens)" })
    .describe(description);

const pageParameters = {
  hal: z.coerce.number().int().min(1).max(100_000).default(1).describe("Page number, from 1."),
  per: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PER_PAGE)
    .default(DEFAULT_PER_PAGE)
    .describe(`Rows per page, 1–${MAX_PER_PAGE}.`),
};

const formatParameter = z
  .enum(["json", "csv"])
  .default("json")
  .describe("`csv` returns the same rows as a CSV download (UTF-8, comma-separated, CRLF).");

export const listingsQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(MAX_QUERY_LENGTH)
    .optional()
    .describe("Search text, as in the site's search (names, descriptions, products, subsectors; typos tolerated)."),
  jenis: z.enum(kindWords).optional().describe("Kind of listing."),
  subsektor: slugParameter("Subsector slug (see /api/v1/subsectors); matches primary and other subsectors.").optional(),
  kecamatan: z.enum(kecamatanSlugs).optional().describe("District of Kota Malang."),
  kelurahan: z
    .string()
    .trim()
    .regex(KELURAHAN_CODE_PATTERN, { error: "must be a Kemendagri kelurahan code, e.g. 35.73.02.1001" })
    .optional()
    .describe(
      "Kelurahan (urban village) of Kota Malang by its Kemendagri code, e.g. `35.73.02.1001` (the `code` of a " +
        "listing's `kelurahan`): listings whose point lies in it. Implies its kecamatan; with a `kecamatan` it does " +
        "not lie in, or a code that is not one of the city's 57 kelurahan, the answer is 400.",
    ),
  bersertifikat: z
    .enum(["0", "1"])
    .optional()
    .describe("`1`: only listings holding a certificate valid today (Asia/Jakarta)."),
  urut: z
    .enum(sortValues)
    .optional()
    .describe("Order: `relevan` (with q, the default then), `nama` (default), `terbaru`, `terverifikasi`."),
  ...pageParameters,
  format: formatParameter,
});

export const formatOnlyQuerySchema = z.object({ format: formatParameter });

export const certificationsQuerySchema = z.object({
  jenis: slugParameter("Certification type slug, e.g. `merek`, `halal`.").optional(),
  status: z
    .enum(certificateStatusWords)
    .optional()
    .describe("`berlaku` valid today, `kedaluwarsa` expired, `dicabut` revoked (Asia/Jakarta dates)."),
  ...pageParameters,
  format: formatParameter,
});

export const eventsQuerySchema = z.object({
  waktu: z
    .enum(["mendatang", "lalu"])
    .optional()
    .describe("`mendatang`: not yet ended; `lalu`: already ended; absent: all published events."),
  jenis: z.enum(eventTypeWords).optional().describe("Event type."),
  subsektor: slugParameter("Subsector slug.").optional(),
  program: slugParameter("Programme slug.").optional(),
  ...pageParameters,
  format: formatParameter,
});

// ---------------------------------------------------------------------------------------------------------------
// Responses

const calendarDate = z.iso.date().describe("Calendar date (YYYY-MM-DD, Asia/Jakarta).");
const instant = z.iso.datetime().describe("Instant in ISO 8601, UTC.");
const httpUrl = z.url().describe("Absolute http(s) URL.");

const localizedText = z
  .strictObject({
    id: z.string().describe("Indonesian."),
    en: z.string().nullable().describe("English, or null when none was written."),
  })
  .describe("A text in Indonesian and, when written, English.");

const localizedName = z.strictObject({ id: z.string(), en: z.string() });

export const openListingSchema = z.strictObject({
  slug: z.string(),
  url: httpUrl.describe("The listing's public profile."),
  kind: z.enum(kindWords),
  name: localizedText,
  summary: localizedText,
  primarySubsector: z.string().describe("Slug of the primary subsector."),
  subsectors: z.array(z.string()).describe("Slugs of all its subsectors, primary first."),
  kecamatan: z
    .strictObject({
      slug: z.enum(kecamatanSlugs).describe("The value of the `kecamatan` filter."),
      code: z.string().describe("Kemendagri area code, e.g. 35.73.02 (Kepmendagri 2025)."),
      bpsCode: z.string().describe("BPS area code, e.g. 3573030 (BPS 2018 semester 1), for statistical use."),
      name: z.string(),
    })
    .nullable()
    .describe("District (kecamatan) of Kota Malang; derived from the point when there is one."),
  kelurahan: z
    .strictObject({
      code: z.string().describe("Kemendagri area code, e.g. 35.73.02.1001."),
      bpsCode: z.string().describe("BPS area code, e.g. 3573030008."),
      name: z.string(),
    })
    .nullable()
    .describe("Village (kelurahan) the point lies in; null without a point."),
  address: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  websiteUrl: httpUrl.nullable(),
  socialLinks: z.array(z.strictObject({ network: z.enum(socialNetworks), url: httpUrl })),
  foundedYear: z.number().int().nullable(),
  tags: z.array(z.string()),
  kbli: z
    .array(
      z.strictObject({
        version: z.union([z.literal(2020), z.literal(2025)]).describe("KBLI edition."),
        code: z.string().describe("Five-digit KBLI class code, as text (a leading zero is part of it)."),
        title: z.string().describe("The class's title as staff recorded it (may be empty)."),
      }),
    )
    .describe("KBLI business classes (BPS) recorded by staff."),
  hasValidCertification: z.boolean().describe("Holds at least one certificate valid today."),
  isSample: z.boolean().describe("A made-up demo entry (never true in production)."),
  sourceName: z.string().nullable().describe("Where the entry's data comes from, when not from its managers."),
  sourceUrl: httpUrl.nullable(),
  lastVerifiedOn: calendarDate.nullable().describe("When the data was last confirmed as correct."),
  publishedOn: calendarDate.nullable(),
});

export const openListingCertificateSchema = z.strictObject({
  id: z.string(),
  url: httpUrl.describe("The certificate's public page."),
  type: z.string().describe("Certification type slug."),
  number: z.string().nullable(),
  issuer: z.string(),
  status: z.enum(certificateStatusWords),
  issuedOn: calendarDate.nullable(),
  expiresOn: calendarDate.nullable(),
});

export const openListingDetailSchema = openListingSchema.extend({
  description: localizedText.nullable(),
  facts: z
    .record(z.string(), z.unknown())
    .describe(
      "Kind-specific facts: capacity, openingHours, floors, facilities, operator, openedOn (coworking); " +
        "studyPrograms (campus); memberCount, meetingSchedule (community); teamSize, products (startup); products (business).",
    ),
  certifications: z
    .array(openListingCertificateSchema)
    .describe("Valid and expired certificates; revoked ones are in /api/v1/certifications."),
});

export const openSubsectorSchema = z.strictObject({
  slug: z.string(),
  url: httpUrl,
  name: localizedName,
  description: localizedName,
  order: z.number().int().describe("The city's order of the 17 subsectors."),
});

export const openCertificationSchema = z.strictObject({
  id: z.string(),
  url: httpUrl.describe("The certificate's public page."),
  number: z.string().nullable(),
  status: z.enum(certificateStatusWords),
  type: z.strictObject({ slug: z.string(), name: localizedName, issuingBody: z.string() }),
  issuer: z.string().describe("As written on the certificate, or the type's usual issuing body."),
  issuedOn: calendarDate.nullable(),
  expiresOn: calendarDate.nullable(),
  revokedOn: calendarDate.nullable(),
  listing: z.strictObject({ slug: z.string(), url: httpUrl, kind: z.enum(kindWords), name: localizedText }),
  isSample: z.boolean(),
});

export const openEventSchema = z.strictObject({
  slug: z.string(),
  url: httpUrl,
  type: z.enum(eventTypeWords),
  title: localizedText,
  description: localizedText,
  programme: z.strictObject({ slug: z.string(), name: localizedName, year: z.number().int() }).nullable(),
  organiser: z
    .strictObject({ name: z.string(), listingSlug: z.string().nullable() })
    .nullable()
    .describe("A published listing (with its slug) or a named organiser such as a city office."),
  venue: z.string().nullable(),
  kecamatan: z.enum(kecamatanSlugs).nullable(),
  isOnline: z.boolean(),
  startsAt: instant,
  endsAt: instant,
  registrationUrl: httpUrl.nullable(),
  subsectors: z.array(z.string()),
  isSample: z.boolean(),
});

const metaSchema = z.strictObject({
  licence: z.literal("CC BY 4.0"),
  licenceUrl: httpUrl,
  attribution: z.string(),
});

export const paginationSchema = z.strictObject({
  page: z.number().int(),
  perPage: z.number().int(),
  total: z.number().int(),
  pageCount: z.number().int(),
  links: z.strictObject({
    self: httpUrl,
    first: httpUrl,
    last: httpUrl,
    prev: httpUrl.nullable(),
    next: httpUrl.nullable(),
  }),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.strictObject({ data: z.array(item), pagination: paginationSchema, meta: metaSchema });

export const oneOf = <T extends z.ZodType>(item: T) => z.strictObject({ data: item, meta: metaSchema });

export const listOf = <T extends z.ZodType>(item: T) => z.strictObject({ data: z.array(item), meta: metaSchema });

export const openDataErrorSchema = z.strictObject({
  error: z.strictObject({
    code: z.enum(["invalid_parameter", "not_found", "rate_limited"]),
    message: z.string(),
    parameter: z.string().optional().describe("The query parameter that was refused."),
  }),
});

export type OpenListing = z.infer<typeof openListingSchema>;
export type OpenListingDetail = z.infer<typeof openListingDetailSchema>;
export type OpenSubsector = z.infer<typeof openSubsectorSchema>;
export type OpenCertification = z.infer<typeof openCertificationSchema>;
export type OpenEvent = z.infer<typeof openEventSchema>;
export type OpenDataMeta = z.infer<typeof metaSchema>;
export type Pagination = z.infer<typeof paginationSchema>;
export type OpenDataError = z.infer<typeof openDataErrorSchema>;
