import "server-only";
import type { z } from "zod";
import { publicReadPrisma } from "@/lib/db/client";
import { validCertificationWhere } from "@/lib/certifications/validity";
import { trainingsAttendedSelect, upcomingOrganisedEventsSelect } from "@/lib/events/profile-select";
import type { ListingKind } from "@/lib/generated/prisma/enums";
import {
  listingFactsSchemas,
  socialLinksSchema,
  type campusFactsSchema,
  type communityFactsSchema,
  type coworkingFactsSchema,
  type creativeBusinessFactsSchema,
  type startupFactsSchema,
} from "@/lib/listings/schemas";

export type SocialLink = z.infer<typeof socialLinksSchema>[number];

/** Every known kind-specific fact; a listing only ever holds the ones of its own kind. */
export type ListingFacts = z.infer<typeof coworkingFactsSchema> &
  z.infer<typeof campusFactsSchema> &
  z.infer<typeof communityFactsSchema> &
  z.infer<typeof startupFactsSchema> &
  z.infer<typeof creativeBusinessFactsSchema>;

// Only the columns the public profile shows. Monitoring (NIB, scale, workforce, turnover), managers, users and
// evidence files are private and must never be added here.
const publicProfileSelect = {
  id: true,
  kind: true,
  slug: true,
  nameIndonesian: true,
  nameEn: true,
  summaryIndonesian: true,
  summaryEn: true,
  descriptionIndonesian: true,
  descriptionEn: true,
  kecamatan: true,
  kelurahanCode: true,
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
  kbliCodes: { orderBy: { sortOrder: "asc" as const }, select: { version: true, code: true, title: true } },
  facts: true,
  isSample: true,
  sourceName: true,
  sourceUrl: true,
  lastVerifiedAt: true,
  actorType: true,
  // Staff checks per group of fields ("Diperiksa Disporapar pada …"); who checked is not public.
  fieldChecks: {
    where: { isStaffCheck: true },
    select: { group: true, checkedAt: true },
  },
  // Only approved images: uploads stay private until staff approve the change that brought them.
  logo: { select: { id: true, visibility: true } },
  cover: { select: { id: true, visibility: true, width: true, height: true } },
  coverIsSample: true,
  photos: {
    where: { file: { visibility: "PUBLIC" as const } },
    orderBy: { sortOrder: "asc" as const },
    select: { id: true, fileId: true, file: { select: { width: true, height: true } } },
  },
  primarySubsector: { select: { slug: true, nameIndonesian: true, nameEn: true } },
  otherSubsectors: {
    select: { subsector: { select: { slug: true, nameIndonesian: true, nameEn: true, sortOrder: true } } },
  },
  certifications: {
    // Applied, in-review, rejected and revoked certificates are not public.
    where: { status: "CERTIFIED" as const },
    orderBy: [{ issuedOn: "desc" as const }, { id: "asc" as const }],
    select: {
      id: true,
      number: true,
      status: true,
      issuedOn: true,
      expiresOn: true,
      issuerName: true,
      type: { select: { nameIndonesian: true, nameEn: true, issuingBody: true, registryUrl: true } },
    },
  },
  participations: trainingsAttendedSelect,
};

type CoverRow = { id: string; visibility: string; width: number | null; height: number | null } | null;

/** An approved (public) cover upload, else the sample artwork flag; an upload always wins over the sample. */
export function toCoverData(cover: CoverRow, coverIsSample: boolean) {
  const isPublic = cover?.visibility === "PUBLIC";
  return {
    coverFileId: isPublic ? cover.id : null,
    coverWidth: isPublic ? cover.width : null,
    coverHeight: isPublic ? cover.height : null,
    coverIsSample: !isPublic && coverIsSample,
  };
}

/** Stored URLs are only ever rendered as links when they are plain http(s). */
export function toHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** Keeps the valid entries: one bad link must not hide the others. */
export function parseSocialLinks(value: unknown): SocialLink[] {
  if (!Array.isArray(value)) return [];
  const links: SocialLink[] = [];
  for (const entry of value) {
    const parsed = socialLinksSchema.element.safeParse(entry);
    if (parsed.success && !links.some((link) => link.network === parsed.data.network)) links.push(parsed.data);
  }
  return links;
}

/** Keeps the valid known fields of the listing's kind: one bad field must not hide the others. */
export function parseListingFacts(kind: ListingKind, value: unknown): ListingFacts {
  const schema = listingFactsSchemas[kind];
  const whole = schema.safeParse(value);
  if (whole.success) return whole.data;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const input = value as Record<string, unknown>;
  const facts: Record<string, unknown> = {};
  for (const [key, fieldSchema] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const field = fieldSchema.safeParse(input[key]);
    if (field.success && field.data !== undefined) facts[key] = field.data;
  }
  return facts as ListingFacts;
}

export async function getPublishedListingProfile(kind: ListingKind, slug: string) {
  const listing = await publicReadPrisma.listing.findFirst({
    where: { kind, slug, status: "PUBLISHED" },
    // Upcoming events are relative to the render (the profile is cached for a minute, docs/decisions/004).
    select: { ...publicProfileSelect, organisedEvents: upcomingOrganisedEventsSelect(new Date()) },
  });
  if (!listing) return null;

  const {
    latitude,
    longitude,
    otherSubsectors,
    socialLinks,
    facts,
    websiteUrl,
    sourceUrl,
    certifications,
    participations,
    logo,
    cover,
    photos,
    ...rest
  } = listing;
  return {
    ...rest,
    logoFileId: logo?.visibility === "PUBLIC" ? logo.id : null,
    ...toCoverData(cover, listing.coverIsSample),
    photos: photos.map((photo) => ({ id: photo.id, fileId: photo.fileId, ...photo.file })),
    latitude: latitude === null || longitude === null ? null : latitude.toNumber(),
    longitude: latitude === null || longitude === null ? null : longitude.toNumber(),
    websiteUrl: toHttpUrl(websiteUrl),
    sourceUrl: toHttpUrl(sourceUrl),
    socialLinks: parseSocialLinks(socialLinks),
    facts: parseListingFacts(listing.kind, facts),
    otherSubsectors: otherSubsectors
      .map(({ subsector }) => subsector)
      .filter((subsector) => subsector.slug !== listing.primarySubsector.slug)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map(({ slug: subsectorSlug, nameIndonesian, nameEn }) => ({ slug: subsectorSlug, nameIndonesian, nameEn })),
    certifications: certifications.map(({ type, ...certification }) => ({
      ...certification,
      type: { ...type, registryUrl: toHttpUrl(type.registryUrl) },
    })),
    trainingsAttended: participations.map(({ event }) => event),
  };
}

export type ListingProfile = NonNullable<Awaited<ReturnType<typeof getPublishedListingProfile>>>;

/** Where a moved slug now lives, if the listing it points to is published. */
export async function findRedirectForSlug(slug: string): Promise<{ kind: ListingKind; slug: string } | null> {
  const redirect = await publicReadPrisma.slugRedirect.findUnique({
    where: { oldSlug: slug },
    select: { listing: { select: { kind: true, slug: true, status: true } } },
  });
  if (!redirect || redirect.listing.status !== "PUBLISHED") return null;
  return { kind: redirect.listing.kind, slug: redirect.listing.slug };
}

const listingCardSelect = {
  kind: true,
  slug: true,
  nameIndonesian: true,
  nameEn: true,
  summaryIndonesian: true,
  summaryEn: true,
  kecamatan: true,
  isSample: true,
  lastVerifiedAt: true,
  primarySubsector: { select: { slug: true } },
  logo: { select: { id: true, visibility: true } },
  cover: { select: { id: true, visibility: true, width: true, height: true } },
  coverIsSample: true,
} as const;

/** Published listings whose data was confirmed most recently, leaving out those already shown (by slug). */
export async function listRecentlyVerifiedListings(limit = 6, excludeSlugs: string[] = []) {
  return publicReadPrisma.listing.findMany({
    where: {
      status: "PUBLISHED",
      lastVerifiedAt: { not: null },
      ...(excludeSlugs.length > 0 ? { slug: { notIn: excludeSlugs } } : {}),
    },
    orderBy: [{ lastVerifiedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: listingCardSelect,
  });
}

/**
 * Featured on the home page: published listings holding a certificate valid today ("pelatihan sampai
 * sertifikasi, agar produk tepercaya"), most recently verified first.
 */
export async function listFeaturedListings(limit = 6) {
  return publicReadPrisma.listing.findMany({
    where: {
      status: "PUBLISHED",
      certifications: { some: validCertificationWhere() },
    },
    orderBy: [{ lastVerifiedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    take: limit,
    select: listingCardSelect,
  });
}

export type ListingCard = Awaited<ReturnType<typeof listRecentlyVerifiedListings>>[number];
