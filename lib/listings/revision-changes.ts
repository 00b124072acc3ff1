import type { ListingKind } from "@/lib/generated/prisma/enums";
import { getListingContentSchema, type ListingContent } from "./schemas";

export type RevisionChanges = { content: ListingContent; logoFileId?: string };

/** A stored revision's changes, validated again by the kind's schema before anything is applied. */
export function readRevisionChanges(kind: ListingKind, stored: unknown): RevisionChanges {
  const { content, logoFileId } = (stored ?? {}) as { content?: unknown; logoFileId?: unknown };
  return {
    content: getListingContentSchema(kind).parse(content),
    ...(typeof logoFileId === "string" ? { logoFileId } : {}),
  };
}
