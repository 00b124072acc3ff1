import "server-only";
import type { AuditActor } from "@/lib/audit/record-audit";
import { assertStaff } from "@/lib/auth/assert-role";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { todayInJakarta } from "@/lib/dates";
import { toHttpUrl } from "@/lib/listings/queries";
import { addDaysToIsoDate, EXPIRING_WITHIN_DAYS, STAFF_PAGE_SIZE, type StaffCertificationFilters } from "./filters";

// For staff pages only: each function refuses anyone who is not staff (pages call requireStaff first).

export async function listCertificationsForStaff(
  actor: AuditActor | null,
  filters: StaffCertificationFilters,
  today: string = todayInJakarta(),
) {
  assertStaff(actor);
  const conditions: Prisma.CertificationWhereInput[] = [];
  if (filters.status) conditions.push({ status: filters.status });
  if (filters.typeSlug) conditions.push({ type: { slug: filters.typeSlug } });
  if (filters.isExpiringSoon) {
    conditions.push({
      status: "CERTIFIED",
      expiresOn: {
        gte: new Date(`${today}T00:00:00Z`),
        lte: new Date(`${addDaysToIsoDate(today, EXPIRING_WITHIN_DAYS)}T00:00:00Z`),
      },
    });
  }
  if (filters.q) {
    conditions.push({
      OR: [
        { number: { contains: filters.q, mode: "insensitive" } },
        { listing: { nameIndonesian: { contains: filters.q, mode: "insensitive" } } },
        { listing: { nameEn: { contains: filters.q, mode: "insensitive" } } },
      ],
    });
  }
  const where: Prisma.CertificationWhereInput = { AND: conditions };
  const [total, certifications] = await Promise.all([
    prisma.certification.count({ where }),
    prisma.certification.findMany({
      where,
      orderBy: filters.isExpiringSoon ? [{ expiresOn: "asc" }, { id: "asc" }] : [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * STAFF_PAGE_SIZE,
      take: STAFF_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        number: true,
        issuedOn: true,
        expiresOn: true,
        lastCheckedAt: true,
        updatedAt: true,
        type: { select: { nameIndonesian: true, nameEn: true } },
        listing: { select: { nameIndonesian: true, nameEn: true, isSample: true } },
      },
    }),
  ]);
  return { total, certifications, page: filters.page, pageCount: Math.max(1, Math.ceil(total / STAFF_PAGE_SIZE)) };
}

export async function getCertificationForStaff(actor: AuditActor | null, id: string) {
  assertStaff(actor);
  const certification = await prisma.certification.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      number: true,
      issuerName: true,
      issuedOn: true,
      expiresOn: true,
      lastCheckedAt: true,
      evidenceFileId: true,
      createdAt: true,
      updatedAt: true,
      appliedBy: { select: { name: true, email: true } },
      type: {
        select: {
          slug: true,
          nameIndonesian: true,
          nameEn: true,
          issuingBody: true,
          doesExpire: true,
          registryUrl: true,
        },
      },
      listing: { select: { id: true, kind: true, slug: true, nameIndonesian: true, nameEn: true, status: true } },
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
  if (!certification) return null;
  return { ...certification, type: { ...certification.type, registryUrl: toHttpUrl(certification.type.registryUrl) } };
}

export type StaffCertification = NonNullable<Awaited<ReturnType<typeof getCertificationForStaff>>>;

/** The listing a new certificate is recorded for (any status: staff may record it before publication). */
export async function getListingForCertification(actor: AuditActor | null, listingId: string) {
  assertStaff(actor);
  return prisma.listing.findUnique({
    where: { id: listingId },
    select: { id: true, kind: true, slug: true, nameIndonesian: true, nameEn: true, status: true, isSample: true },
  });
}

/** Listings by name, for choosing which one a certificate belongs to. */
export async function searchListingsForCertification(actor: AuditActor | null, q: string) {
  assertStaff(actor);
  const query = q.trim().replace(/\s+/g, " ").slice(0, 100);
  if (!query) return [];
  return prisma.listing.findMany({
    where: {
      OR: [
        { nameIndonesian: { contains: query, mode: "insensitive" } },
        { nameEn: { contains: query, mode: "insensitive" } },
        { slug: { contains: query, mode: "insensitive" } },
      ],
    },
    orderBy: [{ nameIndonesian: "asc" }, { id: "asc" }],
    take: 20,
    select: { id: true, kind: true, slug: true, nameIndonesian: true, nameEn: true, status: true, isSample: true },
  });
}
