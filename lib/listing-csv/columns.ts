import type { ListingKind, ListingStatus } from "@/lib/generated/prisma/enums";
import { toListingFieldErrors } from "@/lib/listings/listing-content";
import { getLocatedListingContentSchema } from "@/lib/listings/located-content-schema";
import { listingKindSchema, type ListingContent } from "@/lib/listings/schemas";
import { listingCsvStaffSchema, type ListingCsvStaffFields } from "./schemas";

/**
 * The CSV columns of a listing, in file order. Header names are stable snake_case English: exports and imports
 * (and any spreadsheet built on them) depend on them. Lists are separated by "|", social links are written
 * "network=url", facts are a JSON object, timestamps are ISO 8601.
 */
export const listingCsvColumns = [
  "kind",
  "slug",
  "external_id",
  "status",
  "name_id",
  "name_en",
  "summary_id",
  "summary_en",
  "description_id",
  "description_en",
  "primary_subsector",
  "other_subsectors",
  "kecamatan",
  "address",
  "latitude",
  "longitude",
  "website_url",
  "email",
  "phone",
  "whatsapp_number",
  "social_links",
  "founded_year",
  "tags",
  "facts",
  "is_sample",
  "source_name",
  "source_url",
  "last_verified_at",
] as const;

export type ListingCsvColumn = (typeof listingCsvColumns)[number];
export type ListingCsvRecord = Record<ListingCsvColumn, string>;

/**
 * Columns an imported file must have. The others may be left out: a new listing then gets them empty, an
 * updated listing keeps what it has.
 */
export const requiredListingCsvColumns: readonly ListingCsvColumn[] = [
  "kind",
  "slug",
  "name_id",
  "summary_id",
  "primary_subsector",
];

export const LIST_SEPARATOR = "|";

/** What the export reads of a listing (and the import compares against). */
export const csvListingSelect = {
  id: true,
  kind: true,
  slug: true,
  externalId: true,
  status: true,
  nameIndonesian: true,
  nameEn: true,
  summaryIndonesian: true,
  summaryEn: true,
  descriptionIndonesian: true,
  descriptionEn: true,
  primarySubsectorId: true,
  primarySubsector: { select: { slug: true } },
  otherSubsectors: {
    select: { subsectorId: true, subsector: { select: { slug: true } } },
    orderBy: { subsector: { sortOrder: "asc" as const } },
  },
  kecamatan: true,
  address: true,
  latitude: true,
  longitude: true,
  websiteUrl: true,
  email: true,
  phone: true,
  whatsappNumber: true,
  socialLinks: true,
  foundedYear: true,
  tags: true,
  facts: true,
  isSample: true,
  sourceName: true,
  sourceUrl: true,
  lastVerifiedAt: true,
};

export type CsvListing = {
  kind: ListingKind;
  slug: string;
  externalId: string | null;
  status: ListingStatus;
  nameIndonesian: string;
  nameEn: string | null;
  summaryIndonesian: string;
  summaryEn: string | null;
  descriptionIndonesian: string | null;
  descriptionEn: string | null;
  primarySubsector: { slug: string };
  otherSubsectors: { subsector: { slug: string } }[];
  kecamatan: string | null;
  address: string | null;
  latitude: { toString(): string } | number | null;
  longitude: { toString(): string } | number | null;
  websiteUrl: string | null;
  email: string | null;
  phone: string | null;
  whatsappNumber: string | null;
  socialLinks: unknown;
  foundedYear: number | null;
  tags: string[];
  facts: unknown;
  isSample: boolean;
  sourceName: string | null;
  sourceUrl: string | null;
  lastVerifiedAt: Date | null;
};

const text = (value: string | null | undefined) => value ?? "";

/** A stored listing as one CSV record (every column, in the words of the file). */
export function toListingCsvRecord(listing: CsvListing): ListingCsvRecord {
  const links = Array.isArray(listing.socialLinks) ? (listing.socialLinks as { network: string; url: string }[]) : [];
  const facts = listing.facts && typeof listing.facts === "object" ? listing.facts : {};
  return {
    kind: listing.kind,
    slug: listing.slug,
    external_id: text(listing.externalId),
    status: listing.status,
    name_id: listing.nameIndonesian,
    name_en: text(listing.nameEn),
    summary_id: listing.summaryIndonesian,
    summary_en: text(listing.summaryEn),
    description_id: text(listing.descriptionIndonesian),
    description_en: text(listing.descriptionEn),
    primary_subsector: listing.primarySubsector.slug,
    other_subsectors: listing.otherSubsectors.map((row) => row.subsector.slug).join(LIST_SEPARATOR),
    kecamatan: text(listing.kecamatan),
    address: text(listing.address),
    latitude: listing.latitude === null ? "" : String(Number(listing.latitude.toString())),
    longitude: listing.longitude === null ? "" : String(Number(listing.longitude.toString())),
    website_url: text(listing.websiteUrl),
    email: text(listing.email),
    phone: text(listing.phone),
    whatsapp_number: text(listing.whatsappNumber),
    social_links: links.map((link) => `${link.network}=${link.url}`).join(LIST_SEPARATOR),
    founded_year: listing.foundedYear === null ? "" : String(listing.foundedYear),
    tags: listing.tags.join(LIST_SEPARATOR),
    facts: Object.keys(facts).length === 0 ? "" : JSON.stringify(facts),
    is_sample: listing.isSample ? "true" : "false",
    source_name: text(listing.sourceName),
    source_url: text(listing.sourceUrl),
    last_verified_at: listing.lastVerifiedAt ? listing.lastVerifiedAt.toISOString() : "",
  };
}

/** A problem with one row: the column it is in (null for the row as a whole) and an i18n key. */
export type CsvRowProblem = { column: ListingCsvColumn | null; key: string; detail?: string };

export type ReadListingCsvResult =
  | { ok: true; kind: ListingKind; content: ListingContent; staff: ListingCsvStaffFields }
  | { ok: false; problems: CsvRowProblem[] };

const fieldColumns: Record<string, ListingCsvColumn> = {
  nameIndonesian: "name_id",
  nameEn: "name_en",
  summaryIndonesian: "summary_id",
  summaryEn: "summary_en",
  descriptionIndonesian: "description_id",
  descriptionEn: "description_en",
  primarySubsectorId: "primary_subsector",
  otherSubsectorIds: "other_subsectors",
  kecamatan: "kecamatan",
  address: "address",
  latitude: "latitude",
  longitude: "longitude",
  websiteUrl: "website_url",
  email: "email",
  phone: "phone",
  whatsappNumber: "whatsapp_number",
  socialLinks: "social_links",
  foundedYear: "founded_year",
  tags: "tags",
  facts: "facts",
  status: "status",
  isSample: "is_sample",
  externalId: "external_id",
  sourceName: "source_name",
  sourceUrl: "source_url",
  lastVerifiedAt: "last_verified_at",
};

const blankToUndefined = (value: string) => (value.trim() === "" ? undefined : value);
const listOf = (value: string) =>
  value
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean);
// A number only when the cell is plainly one; anything else goes to the schema as text and is refused there.
const numberOrText = (value: string) => {
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
};
const booleanOrText = (value: string) => {
  const trimmed = value.trim().toLowerCase();
  if (trimmed === "") return false;
  return trimmed === "true" ? true : trimmed === "false" ? false : trimmed;
};

/**
 * One CSV record as a listing's kind, content (validated by getLocatedListingContentSchema(kind): the point within Kota Malang) and staff-only
 * fields, or the problems with it, each tied to its column. Subsectors are named by slug in the file.
 */
export function readListingCsvRecord(
  record: ListingCsvRecord,
  subsectorIdBySlug: ReadonlyMap<string, string>,
  options: { defaultStatus?: ListingStatus } = {},
): ReadListingCsvResult {
  const problems: CsvRowProblem[] = [];

  const kindResult = listingKindSchema.safeParse(record.kind.trim().toUpperCase());
  if (!kindResult.success) problems.push({ column: "kind", key: "kindInvalid" });

  const subsectorId = (slug: string, column: ListingCsvColumn) => {
    const id = subsectorIdBySlug.get(slug);
    if (id === undefined) problems.push({ column, key: "subsectorUnknown", detail: slug });
    return id;
  };
  const primarySlug = record.primary_subsector.trim();
  const primarySubsectorId = primarySlug === "" ? "" : (subsectorId(primarySlug, "primary_subsector") ?? "");
  const otherSubsectorIds = listOf(record.other_subsectors)
    .map((slug) => subsectorId(slug, "other_subsectors"))
    .filter((id): id is string => id !== undefined);

  let facts: unknown;
  if (record.facts.trim() !== "") {
    try {
      facts = JSON.parse(record.facts);
    } catch {
      problems.push({ column: "facts", key: "factsNotJson" });
    }
  }

  const socialLinks = listOf(record.social_links).map((item) => {
    const separator = item.indexOf("=");
    return separator < 0
      ? { network: item, url: "" }
      : { network: item.slice(0, separator).trim().toLowerCase(), url: item.slice(separator + 1).trim() };
  });

  const input = {
    nameIndonesian: record.name_id,
    nameEn: record.name_en,
    summaryIndonesian: record.summary_id,
    summaryEn: record.summary_en,
    descriptionIndonesian: record.description_id,
    descriptionEn: record.description_en,
    primarySubsectorId,
    otherSubsectorIds,
    kecamatan: blankToUndefined(record.kecamatan)?.trim().toUpperCase(),
    address: record.address,
    latitude: numberOrText(record.latitude),
    longitude: numberOrText(record.longitude),
    websiteUrl: record.website_url,
    email: record.email,
    phone: blankToUndefined(record.phone),
    whatsappNumber: blankToUndefined(record.whatsapp_number),
    socialLinks,
    foundedYear: numberOrText(record.founded_year),
    tags: listOf(record.tags),
    facts,
  };
  // With an unknown kind the content is still checked (so every problem shows at once), except its facts.
  const kind = kindResult.success ? kindResult.data : "CREATIVE_BUSINESS";
  const content = getLocatedListingContentSchema(kind).safeParse(
    kindResult.success ? input : { ...input, facts: undefined },
  );
  if (!content.success) {
    for (const [field, key] of Object.entries(toListingFieldErrors(content.error.issues, input))) {
      const [head, detail] = field.split(".");
      const column = head === "social" ? "social_links" : fieldColumns[head ?? ""];
      // A subsector already reported as unknown is not reported again as missing.
      if (column === "primary_subsector" && problems.some((problem) => problem.column === column)) continue;
      problems.push({ column: column ?? null, key, detail });
    }
  }

  const staffInput = {
    status: blankToUndefined(record.status)?.trim().toUpperCase() ?? options.defaultStatus,
    isSample: booleanOrText(record.is_sample),
    externalId: record.external_id,
    sourceName: record.source_name,
    sourceUrl: record.source_url,
    lastVerifiedAt: blankToUndefined(record.last_verified_at)?.trim(),
  };
  const staff = listingCsvStaffSchema.safeParse(staffInput);
  if (!staff.success) {
    for (const issue of staff.error.issues) {
      const column = fieldColumns[String(issue.path[0])] ?? null;
      if (problems.some((problem) => problem.column === column)) continue;
      problems.push({ column, key: /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid" });
    }
  }

  if (problems.length > 0 || !kindResult.success || !content.success || !staff.success) {
    return { ok: false, problems: problems.length > 0 ? problems : [{ column: null, key: "invalid" }] };
  }
  return { ok: true, kind: kindResult.data, content: content.data, staff: staff.data };
}
