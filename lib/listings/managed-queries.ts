import "server-only";
import { prisma } from "@/lib/db/client";
import { listingContentSelect, toListingContent, toListingFormState } from "./listing-content";
import { readRevisionChanges } from "./revision-changes";

// The listings a person manages, always scoped to that person: an id from the client never reaches a listing
// they do not manage.

/** The listings a user manages, whatever their status — scoped to that user, never by an id from the client. */
export async function listManagedListings(userId: string) {
  return prisma.listing.findMany({
    where: { managers: { some: { userId } } },
    orderBy: { nameIndonesian: "asc" },
    select: {
      id: true,
      kind: true,
      slug: true,
      nameIndonesian: true,
      nameEn: true,
      status: true,
      isSample: true,
      lastVerifiedAt: true,
      revisions: { where: { status: "PENDING" }, select: { id: true } },
    },
  });
}

/** The kind of a listing the user manages, or null — the scope check for the owner's edit action. */
export async function getManagedListingKind(userId: string, listingId: string) {
  const listing = await prisma.listing.findFirst({
    where: { id: listingId, managers: { some: { userId } } },
    select: { kind: true },
  });
  return listing?.kind ?? null;
}

/**
 * A listing the user manages, for its edit page: status, staff note, the content to edit (the pending revision's
 * when there is one, so further edits continue it) and the latest decided revision. Null for anyone else.
 */
export async function getManagedListingForEdit(userId: string, listingId: string) {
  const listing = await prisma.listing.findFirst({
    where: { id: listingId, managers: { some: { userId } } },
    select: {
      ...listingContentSelect,
      id: true,
      kind: true,
      slug: true,
      status: true,
      statusNote: true,
      isSample: true,
      coverFileId: true,
      coverIsSample: true,
      photos: { orderBy: { sortOrder: "asc" }, select: { id: true, fileId: true } },
      revisions: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { status: true, changes: true, reviewNote: true, reviewedAt: true, updatedAt: true },
      },
    },
  });
  if (!listing) return null;
  const { revisions, photos, ...stored } = listing;
  const latestRevision = revisions[0] ?? null;
  const content =
    latestRevision?.status === "PENDING"
      ? readRevisionChanges(listing.kind, latestRevision.changes).content
      : toListingContent(stored);
  return {
    id: listing.id,
    kind: listing.kind,
    slug: listing.slug,
    nameIndonesian: listing.nameIndonesian,
    nameEn: listing.nameEn,
    status: listing.status,
    statusNote: listing.statusNote,
    isSample: listing.isSample,
    cover: { fileId: listing.coverFileId, isSample: listing.coverIsSample },
    photos,
    form: toListingFormState(content, listing.kind),
    latestRevision: latestRevision
      ? {
          status: latestRevision.status,
          reviewNote: latestRevision.reviewNote,
          reviewedAt: latestRevision.reviewedAt,
          updatedAt: latestRevision.updatedAt,
        }
      : null,
  };
}
