import "server-only";
import { prisma } from "@/lib/db/client";
import type { AuditActor } from "@/lib/audit/record-audit";
import { assertStaff } from "@/lib/auth/assert-role";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListingKind } from "@/lib/generated/prisma/enums";
import { validCertificationWhere } from "@/lib/certifications/validity";
import { todayInJakarta } from "@/lib/dates";
import { staleFieldGroupWhere } from "@/lib/listings/field-checks";
import { remindedListingWhere, staleListingWhere, unansweredReminderWhere } from "@/lib/freshness/freshness-rules";
import { ADMIN_LISTINGS_PAGE_SIZE, type AdminListingFilters } from "./filters";
import { readStaffListingSnapshot } from "./save-listing";

function filtersWhere(filters: AdminListingFilters, now: Date): Prisma.ListingWhereInput {
  const conditions: Prisma.ListingWhereInput[] = [];
  if (filters.q) {
    conditions.push({
      OR: [
        { nameIndonesian: { contains: filters.q, mode: "insensitive" } },
        { nameEn: { contains: filters.q, mode: "insensitive" } },
        { slug: { contains: filters.q.toLowerCase() } },
        { externalId: filters.q },
      ],
    });
  }
  if (filters.kind) conditions.push({ kind: filters.kind });
  if (filters.subsectorSlug) {
    const slug = filters.subsectorSlug;
    conditions.push({
      OR: [{ primarySubsector: { slug } }, { otherSubsectors: { some: { subsector: { slug } } } }],
    });
  }
  if (filters.kecamatan) conditions.push({ kecamatan: filters.kecamatan });
  if (filters.status) conditions.push({ status: filters.status });
  if (filters.isCertifiedOnly)
    conditions.push({ certifications: { some: validCertificationWhere(todayInJakarta(now)) } });
  if (filters.isStaleOnly) conditions.push(staleListingWhere(now));
  if (filters.staleGroup) conditions.push(staleFieldGroupWhere(filters.staleGroup, now));
  // Reminded and unanswered: still published (waiting) unless another status is asked for, e.g. INACTIVE for the
  // listings the freshness job made inactive.
  if (filters.isRemindedOnly) conditions.push(unansweredReminderWhere(), filters.status ? {} : { status: "PUBLISHED" });
  if (filters.sample) conditions.push({ isSample: filters.sample === "only" });
  return { AND: conditions };
}

/** One page of the staff listing table. Throws for anyone who is not staff (pages call requireStaff first). */
export async function listListingsForStaff(
  actor: AuditActor | null,
  filters: AdminListingFilters,
  now: Date = new Date(),
) {
  assertStaff(actor);
  const where = filtersWhere(filters, now);
  const orderBy: Prisma.ListingOrderByWithRelationInput[] =
    filters.isStaleOnly || filters.isRemindedOnly
      ? [{ lastVerifiedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }]
      : [{ updatedAt: "desc" }, { id: "asc" }];
  const [total, listings] = await Promise.all([
    prisma.listing.count({ where }),
    prisma.listing.findMany({
      where,
      orderBy,
      skip: (filters.page - 1) * ADMIN_LISTINGS_PAGE_SIZE,
      take: ADMIN_LISTINGS_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        slug: true,
        nameIndonesian: true,
        nameEn: true,
        status: true,
        kecamatan: true,
        isSample: true,
        lastVerifiedAt: true,
        freshnessReminderSentAt: true,
        updatedAt: true,
        primarySubsector: { select: { nameIndonesian: true, nameEn: true } },
        _count: { select: { managers: true } },
      },
    }),
  ]);
  return {
    total,
    listings,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / ADMIN_LISTINGS_PAGE_SIZE)),
  };
}

/** The freshness lists: reminded and waiting, stale with nobody to remind, made inactive after no answer. */
export async function countFreshnessLists(actor: AuditActor | null, now: Date = new Date()) {
  assertStaff(actor);
  const [reminded, withoutManagers, deactivated] = await Promise.all([
    prisma.listing.count({ where: remindedListingWhere() }),
    prisma.listing.count({
      where: { AND: [staleListingWhere(now), { managers: { none: { user: { isDisabled: false } } } }] },
    }),
    prisma.listing.count({ where: { AND: [{ status: "INACTIVE" }, unansweredReminderWhere()] } }),
  ]);
  return { reminded, withoutManagers, deactivated };
}

/** The kind of a listing, for reading its form (each kind has its own facts); null if there is none. */
export async function getListingKindForStaff(actor: AuditActor | null, listingId: string): Promise<ListingKind | null> {
  assertStaff(actor);
  const listing = await prisma.listing.findUnique({ where: { id: listingId }, select: { kind: true } });
  return listing?.kind ?? null;
}

/** What the staff edit page shows besides the form: status, verification, reminders, managers and certificates. */
export async function getListingOverviewForStaff(actor: AuditActor | null, listingId: string) {
  assertStaff(actor);
  return prisma.listing.findUnique({
    where: { id: listingId },
    select: {
      id: true,
      kind: true,
      slug: true,
      nameIndonesian: true,
      nameEn: true,
      status: true,
      statusNote: true,
      archivedFromStatus: true,
      isSample: true,
      publishedAt: true,
      lastVerifiedAt: true,
      lastVerifiedBy: { select: { name: true } },
      freshnessReminderSentAt: true,
      createdAt: true,
      updatedAt: true,
      _count: { select: { managers: true, certifications: true } },
    },
  });
}

/** Every field of a listing as the staff editor loads it, with the version it was read at. */
export async function getListingForStaffEdit(actor: AuditActor | null, listingId: string) {
  assertStaff(actor);
  return readStaffListingSnapshot(prisma, listingId);
}
