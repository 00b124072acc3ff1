import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toHttpUrl } from "@/lib/listings/queries";
import { PUBLIC_PAGE_SIZE, type CertifiedListingFilters } from "./filters";
import { normalizeCertificateNumber } from "./schemas";
import { publicCertificationStatuses } from "./transitions";
import { validCertificationWhere } from "./validity";

// Public queries show certified and revoked certificates of published listings only: applications, reviews and
// rejections are between the owner and Disporapar. Evidence files and history notes are never selected here.

export async function listCertificationTypes() {
  return prisma.certificationType.findMany({
    where: { isActive: true },
    orderBy: { nameIndonesian: "asc" },
    select: { id: true, slug: true, nameIndonesian: true, nameEn: true, issuingBody: true, doesExpire: true },
  });
}

export type CertificationTypeOption = Awaited<ReturnType<typeof listCertificationTypes>>[number];

/** Published listings holding a certificate valid today (of the type, when filtered), by name, 24 per page. */
export async function listCertifiedListings(filters: CertifiedListingFilters) {
  const validWhere: Prisma.CertificationWhereInput = {
    ...validCertificationWhere(),
    ...(filters.typeSlug ? { type: { slug: filters.typeSlug } } : {}),
  };
  const where: Prisma.ListingWhereInput = {
    status: "PUBLISHED",
    certifications: { some: validWhere },
    ...(filters.subsectorSlug
      ? {
          OR: [
            { primarySubsector: { slug: filters.subsectorSlug } },
            { otherSubsectors: { some: { subsector: { slug: filters.subsectorSlug } } } },
          ],
        }
      : {}),
  };
  const [total, listings] = await Promise.all([
    prisma.listing.count({ where }),
    prisma.listing.findMany({
      where,
      orderBy: [{ nameIndonesian: "asc" }, { id: "asc" }],
      skip: (filters.page - 1) * PUBLIC_PAGE_SIZE,
      take: PUBLIC_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        slug: true,
        nameIndonesian: true,
        nameEn: true,
        summaryIndonesian: true,
        summaryEn: true,
        isSample: true,
        primarySubsector: { select: { nameIndonesian: true, nameEn: true } },
        certifications: {
          where: validWhere,
          orderBy: [{ issuedOn: "desc" }, { id: "asc" }],
          select: {
            id: true,
            status: true,
            expiresOn: true,
            type: { select: { nameIndonesian: true, nameEn: true } },
          },
        },
      },
    }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / PUBLIC_PAGE_SIZE));
  return { total, listings, page: filters.page, pageCount, isPageOutOfRange: total > 0 && filters.page > pageCount };
}

const publicCertificateSelect = {
  id: true,
  number: true,
  status: true,
  issuedOn: true,
  expiresOn: true,
  issuerName: true,
  lastCheckedAt: true,
  type: { select: { slug: true, nameIndonesian: true, nameEn: true, issuingBody: true, registryUrl: true } },
  listing: { select: { kind: true, slug: true, nameIndonesian: true, nameEn: true, isSample: true } },
  // Only when it was revoked, never why (the reason is for the managers).
  history: {
    where: { toStatus: "REVOKED" as const },
    orderBy: { createdAt: "desc" as const },
    take: 1,
    select: { createdAt: true },
  },
} satisfies Prisma.CertificationSelect;

const publicCertificateWhere = {
  status: { in: [...publicCertificationStatuses] },
  listing: { status: "PUBLISHED" as const },
} satisfies Prisma.CertificationWhereInput;

function toPublicCertificate(row: Prisma.CertificationGetPayload<{ select: typeof publicCertificateSelect }>) {
  const { history, type, ...certificate } = row;
  return {
    ...certificate,
    issuer: certificate.issuerName ?? type.issuingBody,
    revokedAt: certificate.status === "REVOKED" ? (history[0]?.createdAt ?? null) : null,
    type: { ...type, registryUrl: toHttpUrl(type.registryUrl) },
  };
}

/** A certified or revoked certificate of a published listing; null for anything else. */
export async function getPublicCertificate(id: string) {
  const row = await prisma.certification.findFirst({
    where: { id, ...publicCertificateWhere },
    select: publicCertificateSelect,
  });
  return row ? toPublicCertificate(row) : null;
}

export type PublicCertificate = NonNullable<Awaited<ReturnType<typeof getPublicCertificate>>>;

/** Certificates whose number matches exactly (case and extra spaces aside); applications never match. */
export async function findPublicCertificatesByNumber(number: string, typeSlug: string | null) {
  const normalized = normalizeCertificateNumber(number);
  if (!normalized) return [];
  const rows = await prisma.certification.findMany({
    where: {
      ...publicCertificateWhere,
      number: { equals: normalized, mode: "insensitive" },
      ...(typeSlug ? { type: { slug: typeSlug } } : {}),
    },
    orderBy: [{ issuedOn: "desc" }, { id: "asc" }],
    take: 20,
    select: publicCertificateSelect,
  });
  return rows.map(toPublicCertificate);
}

/** The certifications of the listings this user manages, with their full history (staff notes included). */
export async function listManagedCertifications(userId: string) {
  return prisma.certification.findMany({
    where: { listing: { managers: { some: { userId } } } },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      number: true,
      issuerName: true,
      issuedOn: true,
      expiresOn: true,
      lastCheckedAt: true,
      evidenceFileId: true,
      type: { select: { nameIndonesian: true, nameEn: true, issuingBody: true } },
      listing: { select: { kind: true, slug: true, nameIndonesian: true, nameEn: true, status: true } },
      history: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          fromStatus: true,
          toStatus: true,
          note: true,
          createdAt: true,
          actor: { select: { name: true, role: true } },
        },
      },
    },
  });
}
