import type { ListingKind } from "@/lib/generated/prisma/enums";
import { withCurrentFieldKeys } from "@/lib/changes/legacy-field-keys";
import { getListingContentSchema, type ListingContent } from "./schemas";

/**
 * New uploads (private until approved) and photos to take down, proposed together with the content. A cover is
 * either replaced (`coverFileId`) or taken down (`removeCover`); a new one wins over taking it down.
 */
export type ListingMedia = {
  logoFileId?: string;
  coverFileId?: string;
  removeCover?: boolean;
  photoFileIds?: string[];
  removedPhotoIds?: string[];
};

export type RevisionChanges = { content: ListingContent } & ListingMedia;

const stringsOf = (value: unknown) =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];

/**
 * A stored revision's changes, validated again by the kind's schema before anything is applied. A revision
 * proposed before decision 025's rename stores its content under the old keys (nameIndonesian, …).
 */
export function readRevisionChanges(kind: ListingKind, stored: unknown): RevisionChanges {
  const { content, logoFileId, coverFileId, removeCover, photoFileIds, removedPhotoIds } = (stored ?? {}) as Record<
    string,
    unknown
  >;
  return {
    content: getListingContentSchema(kind).parse(withCurrentFieldKeys(content)),
    ...(typeof logoFileId === "string" ? { logoFileId } : {}),
    ...(typeof coverFileId === "string" ? { coverFileId } : {}),
    ...(removeCover === true && typeof coverFileId !== "string" ? { removeCover: true } : {}),
    photoFileIds: stringsOf(photoFileIds),
    removedPhotoIds: stringsOf(removedPhotoIds),
  };
}

/**
 * A further edit of a pending revision keeps what the earlier edits uploaded, unless it replaces the logo or
 * replaces or takes down the cover.
 */
export function mergeListingMedia(previous: ListingMedia, next: ListingMedia): ListingMedia {
  const cover: ListingMedia = next.coverFileId
    ? { coverFileId: next.coverFileId }
    : next.removeCover
      ? { removeCover: true }
      : {
          ...(previous.coverFileId ? { coverFileId: previous.coverFileId } : {}),
          ...(previous.removeCover ? { removeCover: true } : {}),
        };
  return {
    logoFileId: next.logoFileId ?? previous.logoFileId,
    ...cover,
    photoFileIds: [...(previous.photoFileIds ?? []), ...(next.photoFileIds ?? [])],
    removedPhotoIds: [...new Set([...(previous.removedPhotoIds ?? []), ...(next.removedPhotoIds ?? [])])],
  };
}
