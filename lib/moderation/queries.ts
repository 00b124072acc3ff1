import "server-only";
import type { AuditActor } from "@/lib/audit/record-audit";
import { assertStaff } from "@/lib/auth/assert-role";
import { prisma } from "@/lib/db/client";
import { validCertificationWhere } from "@/lib/certifications/validity";
import { todayInJakarta } from "@/lib/dates";
import { listingContentSelect, toListingContent } from "@/lib/listings/listing-content";
import { readRevisionChanges } from "@/lib/listings/revision-changes";
import { findSimilarListings } from "@/lib/listings/find-similar-listings";
import { staleListingWhere } from "@/lib/freshness/freshness-rules";

const DAY_MS = 24 * 60 * 60 * 1000;

/** What waits for staff, oldest first. */
export async function getModerationQueue(actor: AuditActor | null) {
  assertStaff(actor);
  const [newListings, revisions, claims] = await Promise.all([
    prisma.listing.findMany({
      where: { status: "PENDING_REVIEW" },
      orderBy: { updatedAt: "asc" },
      take: 100,
      select: { id: true, kind: true, nameIndonesian: true, updatedAt: true, createdBy: { select: { name: true } } },
    }),
    prisma.listingRevision.findMany({
      where: { status: "PENDING" },
      orderBy: { updatedAt: "asc" },
      take: 100,
      select: {
        id: true,
        updatedAt: true,
        author: { select: { name: true } },
        listing: { select: { kind: true, nameIndonesian: true } },
      },
    }),
    prisma.listingClaim.findMany({
      where: { status: "PENDING" },
      orderBy: { createdAt: "asc" },
      take: 100,
      select: {
        id: true,
        createdAt: true,
        user: { select: { name: true } },
        listing: { select: { kind: true, nameIndonesian: true } },
      },
    }),
  ]);
  return { newListings, revisions, claims };
}

/** Counts for the admin overview. */
export async function getAdminDashboardCounts(actor: AuditActor | null, now = new Date()) {
  assertStaff(actor);
  const expiringBefore = new Date(now.getTime() + 60 * DAY_MS);
  const [newListings, revisions, claims, certifications, reports, stale, expiring] = await Promise.all([
    prisma.listing.count({ where: { status: "PENDING_REVIEW" } }),
    prisma.listingRevision.count({ where: { status: "PENDING" } }),
    prisma.listingClaim.count({ where: { status: "PENDING" } }),
    prisma.certification.count({ where: { status: { in: ["APPLIED", "IN_REVIEW"] } } }),
    prisma.problemReport.count({ where: { status: "OPEN" } }),
    // The same rule as the staff table's "basi" list and the freshness reminders.
    prisma.listing.count({ where: staleListingWhere(now) }),
    prisma.certification.count({
      where: { AND: [validCertificationWhere(todayInJakarta(now)), { expiresOn: { lte: expiringBefore } }] },
    }),
  ]);
  return { newListings, revisions, claims, certifications, reports, stale, expiring };
}

/** A proposed new listing with all its fields, and listings of the same kind with a similar name. */
export async function getNewListingForReview(actor: AuditActor | null, listingId: string) {
  assertStaff(actor);
  const listing = await prisma.listing.findFirst({
    where: { id: listingId, status: "PENDING_REVIEW" },
    select: {
      ...listingContentSelect,
      id: true,
      kind: true,
      logoFileId: true,
      coverFileId: true,
      photos: { select: { fileId: true }, orderBy: { sortOrder: "asc" } },
      createdBy: { select: { name: true, email: true } },
      updatedAt: true,
    },
  });
  if (!listing) return null;
  const similar = (await findSimilarListings(listing.kind, listing.nameIndonesian, 6)).filter(
    (row) => row.id !== listing.id,
  );
  return {
    id: listing.id,
    kind: listing.kind,
    nameIndonesian: listing.nameIndonesian,
    logoFileId: listing.logoFileId,
    coverFileId: listing.coverFileId,
    proposer: listing.createdBy,
    proposed: {
      content: toListingContent(listing),
      logoFileId: listing.logoFileId,
      coverFileId: listing.coverFileId,
      photos: listing.photos.map((photo) => photo.fileId),
    },
    similar,
  };
}

/**
 * A pending revision with the listing as it is now and as it would be once approved (content, logo, cover and photos),
 * for the reviewer's change list, and that listing's version.
 */
export async function getRevisionForReview(actor: AuditActor | null, revisionId: string) {
  assertStaff(actor);
  const revision = await prisma.listingRevision.findFirst({
    where: { id: revisionId, status: "PENDING" },
    select: {
      id: true,
      changes: true,
      updatedAt: true,
      author: { select: { name: true, email: true } },
      listing: {
        select: {
          ...listingContentSelect,
          id: true,
          kind: true,
          slug: true,
          version: true,
          logoFileId: true,
          coverFileId: true,
          photos: { select: { id: true, fileId: true }, orderBy: { sortOrder: "asc" } },
        },
      },
    },
  });
  if (!revision) return null;
  const changes = readRevisionChanges(revision.listing.kind, revision.changes);
  const removed = new Set(changes.removedPhotoIds ?? []);
  const currentPhotos = revision.listing.photos.map((photo) => photo.fileId);
  const keptPhotos = revision.listing.photos.filter((photo) => !removed.has(photo.id)).map((photo) => photo.fileId);
  return {
    id: revision.id,
    author: revision.author,
    updatedAt: revision.updatedAt,
    listing: {
      id: revision.listing.id,
      kind: revision.listing.kind,
      slug: revision.listing.slug,
      nameIndonesian: revision.listing.nameIndonesian,
      version: revision.listing.version,
    },
    before: {
      content: toListingContent(revision.listing),
      logoFileId: revision.listing.logoFileId,
      coverFileId: revision.listing.coverFileId,
      photos: currentPhotos,
    },
    after: {
      content: changes.content,
      logoFileId: changes.logoFileId ?? revision.listing.logoFileId,
      coverFileId: changes.coverFileId ?? (changes.removeCover ? null : revision.listing.coverFileId),
      photos: [...keptPhotos, ...(changes.photoFileIds ?? [])],
    },
  };
}

export async function getClaimForReview(actor: AuditActor | null, claimId: string) {
  assertStaff(actor);
  return prisma.listingClaim.findFirst({
    where: { id: claimId, status: "PENDING" },
    select: {
      id: true,
      relation: true,
      proofUrl: true,
      proofFileId: true,
      createdAt: true,
      user: { select: { name: true, email: true } },
      listing: {
        select: {
          id: true,
          kind: true,
          slug: true,
          nameIndonesian: true,
          managers: { select: { user: { select: { name: true, email: true } } } },
        },
      },
    },
  });
}
