import "server-only";
import { publicReadPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventType } from "@/lib/generated/prisma/enums";
import { todayInJakarta } from "@/lib/dates";
import { buildOrder, buildWhere, resolveTextQuery } from "@/lib/directory/queries";
import type { DirectoryFilters } from "@/lib/directory/filters";
import { publicCertificationStatuses } from "@/lib/certifications/transitions";

// Queries of the open data API. Published rows only, and only the columns the serializers publish: monitoring,
// managers, users, notes, evidence, pending revisions and unpublished rows are never selected here.
// Public reads: they may be answered by a read replica (lib/db/client.ts).

export const openListingSelect = {
  id: true,
  kind: true,
  slug: true,
  nameIndonesian: true,
  nameEn: true,
  summaryIndonesian: true,
  summaryEn: true,
  kecamatan: true,
  kelurahanCode: true,
  address: true,
  latitude: true,
  longitude: true,
  websiteUrl: true,
  socialLinks: true,
  foundedYear: true,
  tags: true,
  kbliCodes: { orderBy: { sortOrder: "asc" }, select: { version: true, code: true, title: true } },
  isSample: true,
  sourceName: true,
  sourceUrl: true,
  lastVerifiedAt: true,
  publishedAt: true,
  primarySubsector: { select: { slug: true } },
  otherSubsectors: { select: { subsector: { select: { slug: true, sortOrder: true } } } },
  // Certified ones only (valid or expired, decided against today's Jakarta date by the serializer).
  certifications: {
    where: { status: "CERTIFIED" },
    orderBy: [{ issuedOn: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    select: {
      id: true,
      number: true,
      status: true,
      issuedOn: true,
      expiresOn: true,
      issuerName: true,
      type: { select: { slug: true, issuingBody: true } },
    },
  },
} satisfies Prisma.ListingSelect;

export const openListingDetailSelect = {
  ...openListingSelect,
  descriptionIndonesian: true,
  descriptionEn: true,
  facts: true,
} satisfies Prisma.ListingSelect;

export type OpenListingRow = Prisma.ListingGetPayload<{ select: typeof openListingSelect }>;
export type OpenListingDetailRow = Prisma.ListingGetPayload<{ select: typeof openListingDetailSelect }>;

/**
 * One page of published listings matching the directory's filters, in the directory's order. Two round trips (three with a text query): the
 * matching ids with the total (the directory's own WHERE and ORDER BY), then their public columns.
 */
export async function listOpenListings(filters: DirectoryFilters, page: number, perPage: number) {
  const today = todayInJakarta();
  const textQuery = await resolveTextQuery(filters.q);
  const matches = await publicReadPrisma.$queryRaw<{ id: string; total: number }[]>`
    SELECT l."id", (count(*) OVER ())::int AS "total"
    FROM "Listing" l
    WHERE ${buildWhere(filters, today, textQuery)}
    ${buildOrder(filters, textQuery)}
    LIMIT ${perPage} OFFSET ${(page - 1) * perPage}`;
  let total = matches[0]?.total ?? 0;
  if (matches.length === 0 && page > 1) {
    // Past the last page the window count has no row to ride on.
    const [row] = await publicReadPrisma.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS "total" FROM "Listing" l WHERE ${buildWhere(filters, today, textQuery)}`;
    total = row?.total ?? 0;
  }
  const ids = matches.map((match) => match.id);
  const rows =
    ids.length === 0
      ? []
      : await publicReadPrisma.listing.findMany({
          where: { id: { in: ids }, status: "PUBLISHED" },
          select: openListingSelect,
        });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    rows: ids.map((id) => byId.get(id)).filter((row): row is OpenListingRow => row !== undefined),
    total,
  };
}

export async function getOpenListing(slug: string) {
  return publicReadPrisma.listing.findFirst({ where: { slug, status: "PUBLISHED" }, select: openListingDetailSelect });
}

export async function listOpenSubsectors() {
  return publicReadPrisma.subsector.findMany({
    orderBy: { sortOrder: "asc" },
    select: {
      slug: true,
      nameIndonesian: true,
      nameEn: true,
      descriptionIndonesian: true,
      descriptionEn: true,
      sortOrder: true,
    },
  });
}

export async function isKnownSubsector(slug: string): Promise<boolean> {
  return (await publicReadPrisma.subsector.count({ where: { slug } })) > 0;
}

export type OpenSubsectorRow = Awaited<ReturnType<typeof listOpenSubsectors>>[number];

export type CertificateStatusFilter = "berlaku" | "kedaluwarsa" | "dicabut";

const openCertificationSelect = {
  id: true,
  number: true,
  status: true,
  issuedOn: true,
  expiresOn: true,
  issuerName: true,
  type: { select: { slug: true, nameIndonesian: true, nameEn: true, issuingBody: true } },
  listing: { select: { kind: true, slug: true, nameIndonesian: true, nameEn: true, isSample: true } },
  // Only when it was revoked, never why (the reason is for the managers).
  history: {
    where: { toStatus: "REVOKED" },
    orderBy: { createdAt: "desc" },
    take: 1,
    select: { createdAt: true },
  },
} satisfies Prisma.CertificationSelect;

export type OpenCertificationRow = Prisma.CertificationGetPayload<{ select: typeof openCertificationSelect }>;

function certificationStatusWhere(status: CertificateStatusFilter | undefined, today: string) {
  const day = new Date(`${today}T00:00:00Z`);
  switch (status) {
    case "berlaku":
      return { status: "CERTIFIED" as const, OR: [{ expiresOn: null }, { expiresOn: { gte: day } }] };
    case "kedaluwarsa":
      return { status: "CERTIFIED" as const, expiresOn: { lt: day } };
    case "dicabut":
      return { status: "REVOKED" as const };
    default:
      return { status: { in: [...publicCertificationStatuses] } };
  }
}

/** Certified (valid or expired) and revoked certificates of published listings; applications never. */
export async function listOpenCertifications(
  filters: { typeSlug?: string; status?: CertificateStatusFilter },
  page: number,
  perPage: number,
) {
  const where: Prisma.CertificationWhereInput = {
    ...certificationStatusWhere(filters.status, todayInJakarta()),
    listing: { status: "PUBLISHED" },
    ...(filters.typeSlug ? { type: { slug: filters.typeSlug } } : {}),
  };
  const [total, rows] = await Promise.all([
    publicReadPrisma.certification.count({ where }),
    publicReadPrisma.certification.findMany({
      where,
      orderBy: [{ issuedOn: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      skip: (page - 1) * perPage,
      take: perPage,
      select: openCertificationSelect,
    }),
  ]);
  return { rows, total };
}

const openEventSelect = {
  slug: true,
  type: true,
  titleIndonesian: true,
  titleEn: true,
  descriptionIndonesian: true,
  descriptionEn: true,
  venue: true,
  kecamatan: true,
  isOnline: true,
  startsAt: true,
  endsAt: true,
  registrationUrl: true,
  isSample: true,
  organiserName: true,
  organiserListing: { select: { slug: true, nameIndonesian: true, status: true } },
  programme: { select: { slug: true, nameIndonesian: true, nameEn: true, year: true } },
  subsectors: { select: { subsector: { select: { slug: true, sortOrder: true } } } },
} satisfies Prisma.EventSelect;

export type OpenEventRow = Prisma.EventGetPayload<{ select: typeof openEventSelect }>;

export type OpenEventFilters = {
  timeframe?: "mendatang" | "lalu";
  type?: EventType;
  subsectorSlug?: string;
  programmeSlug?: string;
};

/** Published events (not proposals, rejections or cancellations); upcoming soonest first, otherwise newest first. */
export async function listOpenEvents(filters: OpenEventFilters, page: number, perPage: number, now: Date = new Date()) {
  const conditions: Prisma.EventWhereInput[] = [{ status: "PUBLISHED" }];
  if (filters.timeframe === "mendatang") conditions.push({ endsAt: { gte: now } });
  if (filters.timeframe === "lalu") conditions.push({ endsAt: { lt: now } });
  if (filters.type) conditions.push({ type: filters.type });
  if (filters.subsectorSlug) conditions.push({ subsectors: { some: { subsector: { slug: filters.subsectorSlug } } } });
  if (filters.programmeSlug) conditions.push({ programme: { slug: filters.programmeSlug } });
  const where: Prisma.EventWhereInput = { AND: conditions };
  const order = filters.timeframe === "mendatang" ? "asc" : "desc";
  const [total, rows] = await Promise.all([
    publicReadPrisma.event.count({ where }),
    publicReadPrisma.event.findMany({
      where,
      orderBy: [{ startsAt: order }, { id: "asc" }],
      skip: (page - 1) * perPage,
      take: perPage,
      select: openEventSelect,
    }),
  ]);
  return { rows, total };
}

export async function isKnownProgramme(slug: string): Promise<boolean> {
  return (await publicReadPrisma.programme.count({ where: { slug } })) > 0;
}
