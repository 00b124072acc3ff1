import type { ListingStatus } from "@/lib/generated/prisma/enums";

export const statusChangeValues = ["publish", "deactivate", "archive", "restore"] as const;
export type StatusChange = (typeof statusChangeValues)[number];

const allowedFrom: Record<StatusChange, readonly ListingStatus[]> = {
  publish: ["DRAFT", "PENDING_REVIEW", "REJECTED", "INACTIVE"],
  deactivate: ["PUBLISHED"],
  archive: ["DRAFT", "PENDING_REVIEW", "PUBLISHED", "REJECTED", "INACTIVE"],
  restore: ["ARCHIVED"],
};

export function isStatusChangeAllowed(change: StatusChange, from: ListingStatus): boolean {
  return allowedFrom[change].includes(from);
}

/** The status changes staff may make from a listing's current status, in the order the buttons show. */
export function listAllowedStatusChanges(from: ListingStatus): StatusChange[] {
  return statusChangeValues.filter((change) => isStatusChangeAllowed(change, from));
}

/**
 * The status a change leads to. Restoring goes back to where the listing was archived from (a draft when that
 * was never recorded, so nothing becomes public by surprise).
 */
export function statusAfterChange(change: StatusChange, archivedFromStatus: ListingStatus | null): ListingStatus {
  if (change === "publish") return "PUBLISHED";
  if (change === "deactivate") return "INACTIVE";
  if (change === "archive") return "ARCHIVED";
  return archivedFromStatus && archivedFromStatus !== "ARCHIVED" ? archivedFromStatus : "DRAFT";
}
