import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActorType, ListingKind, ListingStatus } from "@/lib/generated/prisma/enums";
import { publishStoredFile, withdrawStoredFile } from "@/lib/uploads/store-upload";
import type { ListingContent } from "./schemas";
import { toLocatedListingColumns } from "./located-content-schema";
import type { ListingMedia } from "./revision-changes";
import { isPublishedStatus, statusAfter, statusColumns, canTransition, type ListingTransition } from "./transitions";

// The only file that writes the Listing table (a test holds every other file to that). Each function takes the
// caller's transaction: the caller checks the actor and records the audit entry in the same transaction. The
// rules every write shares live here once: content columns with the kelurahan derived from the point, other
// subsectors rewritten, photos appended after the last one, files public exactly while the listing's content is,
// and the version bumped on every content change so a stale editor or reviewer is refused.

type Tx = Prisma.TransactionClient;

/** Columns only staff set (the staff editor and the import); owners never reach them. */
export type StaffListingColumns = {
  slug?: string;
  isSample?: boolean;
  sourceName?: string | null;
  sourceUrl?: string | null;
  externalId?: string | null;
};

export type NewListingRow = {
  kind: ListingKind;
  slug: string;
  status: ListingStatus;
  content: ListingContent;
  media?: ListingMedia;
  createdById: string;
  /** When the data counts as checked, and by whom (staff publishing directly, an import's column). */
  verified?: { at: Date; byId: string } | null;
  /** The proposer becomes its first manager. */
  managerId?: string;
  staff?: StaffListingColumns;
};

async function publishFiles(tx: Tx, fileIds: readonly (string | null | undefined)[]) {
  for (const fileId of fileIds) if (fileId) await publishStoredFile(tx, fileId);
}

/** A new listing with its content, subsectors, logo, cover and photos; its files are public if it is. */
export async function insertListing(tx: Tx, row: NewListingRow, now = new Date()): Promise<{ id: string }> {
  const media = row.media ?? {};
  if (isPublishedStatus(row.status))
    await publishFiles(tx, [media.logoFileId, media.coverFileId, ...(media.photoFileIds ?? [])]);
  return tx.listing.create({
    data: {
      ...toLocatedListingColumns(row.content),
      kind: row.kind,
      slug: row.slug,
      status: row.status,
      isSample: row.staff?.isSample ?? false,
      sourceName: row.staff?.sourceName ?? null,
      sourceUrl: row.staff?.sourceUrl ?? null,
      externalId: row.staff?.externalId ?? null,
      createdById: row.createdById,
      publishedAt: row.status === "PUBLISHED" ? now : null,
      lastVerifiedAt: row.verified?.at ?? null,
      lastVerifiedById: row.verified?.byId ?? null,
      logoFileId: media.logoFileId ?? null,
      coverFileId: media.coverFileId ?? null,
      photos: { create: (media.photoFileIds ?? []).map((fileId, sortOrder) => ({ fileId, sortOrder })) },
      otherSubsectors: { create: row.content.otherSubsectorIds.map((subsectorId) => ({ subsectorId })) },
      ...(row.managerId ? { managers: { create: { userId: row.managerId } } } : {}),
    },
    select: { id: true },
  });
}

export type ContentChange = {
  content: ListingContent;
  media?: ListingMedia;
  /** Refuse (write nothing) unless the listing is still at this version. */
  expectedVersion?: number;
  staff?: StaffListingColumns;
  /** A status to move to with the content (a manager's edit sends a proposal back to review; an import sets it). */
  status?: { to: ListingStatus; note?: string | null };
  /** `byId` left out keeps who checked it last. */
  verified?: { at: Date | null; byId?: string | null };
};

export type ContentChangeResult =
  | {
      ok: true;
      /** Files the listing no longer uses: withdrawn; a caller whose files were never public deletes them. */
      replacedFileIds: string[];
    }
  | { ok: false; error: "notFound" | "versionMoved" };

/**
 * Applies content and media to a listing: the one place that rewrites its columns and other subsectors, appends
 * and removes photos, replaces the logo, replaces or takes down the cover, publishes new files when the listing is
 * public (withdrawing those it stops using) and bumps the version.
 */
export async function applyListingContent(
  tx: Tx,
  listingId: string,
  change: ContentChange,
  now = new Date(),
): Promise<ContentChangeResult> {
  const media = change.media ?? {};
  const listing = await tx.listing.findUnique({
    where: { id: listingId },
    select: {
      version: true,
      status: true,
      publishedAt: true,
      logoFileId: true,
      coverFileId: true,
      photos: { where: { id: { in: media.removedPhotoIds ?? [] } }, select: { fileId: true } },
    },
  });
  if (!listing) return { ok: false, error: "notFound" };
  const version = change.expectedVersion ?? listing.version;
  const statusTo = change.status?.to ?? listing.status;
  const coverChanges = Boolean(media.coverFileId || media.removeCover);
  const replacedFileIds = [
    ...(media.logoFileId && listing.logoFileId && listing.logoFileId !== media.logoFileId ? [listing.logoFileId] : []),
    ...(coverChanges && listing.coverFileId && listing.coverFileId !== media.coverFileId ? [listing.coverFileId] : []),
    ...listing.photos.map((photo) => photo.fileId),
  ];
  const lastPhoto = await tx.listingPhoto.findFirst({ where: { listingId }, orderBy: { sortOrder: "desc" } });
  const { count } = await tx.listing.updateMany({
    where: { id: listingId, version },
    data: {
      ...toLocatedListingColumns(change.content),
      ...(change.staff ?? {}),
      ...(media.logoFileId ? { logoFileId: media.logoFileId } : {}),
      // An uploaded cover is never sample artwork.
      ...(coverChanges ? { coverFileId: media.coverFileId ?? null, coverIsSample: false } : {}),
      ...(change.status ? statusColumns(listing, statusTo, now) : {}),
      ...(change.status?.note !== undefined ? { statusNote: change.status.note } : {}),
      ...(change.verified ? { lastVerifiedAt: change.verified.at } : {}),
      ...(change.verified?.byId !== undefined ? { lastVerifiedById: change.verified.byId } : {}),
      version: { increment: 1 },
    },
  });
  if (count !== 1) return { ok: false, error: "versionMoved" };
  if (media.removedPhotoIds?.length)
    await tx.listingPhoto.deleteMany({ where: { listingId, id: { in: media.removedPhotoIds } } });
  if (media.photoFileIds?.length)
    await tx.listingPhoto.createMany({
      data: media.photoFileIds.map((fileId, index) => ({
        listingId,
        fileId,
        sortOrder: (lastPhoto?.sortOrder ?? -1) + 1 + index,
      })),
    });
  await tx.listingSubsector.deleteMany({ where: { listingId } });
  if (change.content.otherSubsectorIds.length > 0)
    await tx.listingSubsector.createMany({
      data: change.content.otherSubsectorIds.map((subsectorId) => ({ listingId, subsectorId })),
    });
  if (isPublishedStatus(statusTo)) {
    await publishFiles(tx, [media.logoFileId, media.coverFileId, ...(media.photoFileIds ?? [])]);
    if (statusTo !== listing.status) await publishAllFiles(tx, listingId);
  }
  for (const fileId of replacedFileIds) await withdrawStoredFile(tx, fileId);
  return { ok: true, replacedFileIds };
}

async function publishAllFiles(tx: Tx, listingId: string) {
  const listing = await tx.listing.findUniqueOrThrow({
    where: { id: listingId },
    select: { logoFileId: true, coverFileId: true, photos: { select: { fileId: true } } },
  });
  await publishFiles(tx, [listing.logoFileId, listing.coverFileId, ...listing.photos.map((photo) => photo.fileId)]);
}

export type TransitionResult =
  | {
      ok: true;
      from: ListingStatus;
      to: ListingStatus;
      /** What it was archived from before this change (kept for the audit entry). */
      archivedFromBefore: ListingStatus | null;
      kind: ListingKind;
      slug: string;
      nameIndonesian: string;
    }
  | { ok: false; error: "notFound" | "notAllowed" };

/**
 * Moves a listing along one row of the transition table. The update is conditional on the status it was read
 * in (and on `where`, a caller's extra condition such as "still overdue"), so of two changes at once one wins and
 * the other is told it no longer applies. A listing that becomes public has its logo, cover and photos published.
 */
export async function moveListingStatus(
  tx: Tx,
  listingId: string,
  transition: ListingTransition,
  options: {
    note?: string | null;
    /** Approving counts as checking the data. */
    verifiedById?: string;
    where?: Prisma.ListingWhereInput;
    now?: Date;
  } = {},
): Promise<TransitionResult> {
  const now = options.now ?? new Date();
  const listing = await tx.listing.findUnique({
    where: { id: listingId },
    select: { kind: true, slug: true, nameIndonesian: true, status: true, archivedFromStatus: true, publishedAt: true },
  });
  if (!listing) return { ok: false, error: "notFound" };
  if (!canTransition(transition, listing.status)) return { ok: false, error: "notAllowed" };
  const to = statusAfter(transition, listing.archivedFromStatus);
  const { count } = await tx.listing.updateMany({
    where: { AND: [{ id: listingId, status: listing.status }, options.where ?? {}] },
    data: {
      ...statusColumns(listing, to, now),
      ...(options.note !== undefined ? { statusNote: options.note } : to === "PUBLISHED" ? { statusNote: null } : {}),
      ...(options.verifiedById ? { lastVerifiedAt: now, lastVerifiedById: options.verifiedById } : {}),
    },
  });
  if (count !== 1) return { ok: false, error: "notAllowed" };
  if (to === "PUBLISHED") await publishAllFiles(tx, listingId);
  return {
    ok: true,
    from: listing.status,
    to,
    archivedFromBefore: listing.archivedFromStatus,
    kind: listing.kind,
    slug: listing.slug,
    nameIndonesian: listing.nameIndonesian,
  };
}

/**
 * Someone checked the listing's data and found it right: verified as of `at`, which also ends a pending freshness
 * reminder. `where` narrows which listing may be confirmed (a manager's own, in a confirmable status).
 */
export async function markListingChecked(
  tx: Tx,
  listingId: string,
  check: { byId: string; at: Date; where?: Prisma.ListingWhereInput },
): Promise<boolean> {
  const { count } = await tx.listing.updateMany({
    where: { AND: [{ id: listingId }, check.where ?? {}] },
    data: { lastVerifiedAt: check.at, lastVerifiedById: check.byId },
  });
  return count === 1;
}

/** The freshness job reminded the managers; conditional on `where` (still due), so two runs never both remind. */
export async function markFreshnessReminderSent(
  tx: Tx,
  listingId: string,
  at: Date,
  where: Prisma.ListingWhereInput,
): Promise<boolean> {
  const { count } = await tx.listing.updateMany({
    where: { AND: [{ id: listingId }, where] },
    data: { freshnessReminderSentAt: at },
  });
  return count === 1;
}

/** Staff set the listing's penta-helix role. */
export async function setListingActorTypeColumn(tx: Tx, listingId: string, actorType: ActorType): Promise<void> {
  await tx.listing.update({ where: { id: listingId }, data: { actorType } });
}
