import type { ListingStatus } from "@/lib/generated/prisma/enums";

/**
 * Every way a listing's status moves, who moves it, from where and to where: the one table pages (which buttons
 * to show) and writes (what to refuse) both read. `to: "archivedFrom"` means back to the status it was archived
 * from (a draft when that was never recorded, so nothing becomes public by surprise).
 */
export const listingTransitions = {
  /** A manager's edit of a listing that is not public yet sends it (back) to review. */
  resubmit: { by: "manager", from: ["DRAFT", "PENDING_REVIEW", "REJECTED"], to: "PENDING_REVIEW" },
  approve: { by: "staff", from: ["PENDING_REVIEW"], to: "PUBLISHED" },
  reject: { by: "staff", from: ["PENDING_REVIEW"], to: "REJECTED" },
  publish: { by: "staff", from: ["DRAFT", "PENDING_REVIEW", "REJECTED", "INACTIVE"], to: "PUBLISHED" },
  deactivate: { by: "staff", from: ["PUBLISHED"], to: "INACTIVE" },
  /** The freshness job: a published listing whose managers did not confirm it after the reminder. */
  expire: { by: "system", from: ["PUBLISHED"], to: "INACTIVE" },
  archive: { by: "staff", from: ["DRAFT", "PENDING_REVIEW", "PUBLISHED", "REJECTED", "INACTIVE"], to: "ARCHIVED" },
  restore: { by: "staff", from: ["ARCHIVED"], to: "archivedFrom" },
} as const satisfies Record<
  string,
  { by: "manager" | "staff" | "system"; from: readonly ListingStatus[]; to: ListingStatus | "archivedFrom" }
>;

export type ListingTransition = keyof typeof listingTransitions;

export function canTransition(transition: ListingTransition, from: ListingStatus): boolean {
  return (listingTransitions[transition].from as readonly ListingStatus[]).includes(from);
}

/** The status a transition leads to. */
export function statusAfter(transition: ListingTransition, archivedFromStatus: ListingStatus | null): ListingStatus {
  const { to } = listingTransitions[transition];
  if (to !== "archivedFrom") return to;
  return archivedFromStatus && archivedFromStatus !== "ARCHIVED" ? archivedFromStatus : "DRAFT";
}

/** The changes staff make by hand from the listing page, in the order its buttons show. */
export const staffStatusChanges = [
  "publish",
  "deactivate",
  "archive",
  "restore",
] as const satisfies readonly ListingTransition[];
export type StaffStatusChange = (typeof staffStatusChanges)[number];

/** The status changes staff may make from a listing's current status. */
export function listAllowedStatusChanges(from: ListingStatus): StaffStatusChange[] {
  return staffStatusChanges.filter((change) => canTransition(change, from));
}

/**
 * Statuses whose content is (or was) public: a manager's edit of such a listing becomes a revision for staff to
 * review, its files are public, and its managers may confirm its details are still right.
 */
export const publishedStatuses = ["PUBLISHED", "INACTIVE"] as const satisfies readonly ListingStatus[];

export function isPublishedStatus(status: ListingStatus): boolean {
  return (publishedStatuses as readonly ListingStatus[]).includes(status);
}

/** A manager may edit anything but an archived listing. */
export function isEditableByManager(status: ListingStatus): boolean {
  return status !== "ARCHIVED";
}

/**
 * The columns a status change writes besides the status: the first publication's date, the status an archived
 * listing came from (kept for restoring), and no stale note once it is published again.
 */
export function statusColumns(
  from: { status: ListingStatus; publishedAt: Date | null },
  to: ListingStatus,
  now: Date,
): { status: ListingStatus; archivedFromStatus?: ListingStatus | null; publishedAt?: Date } {
  return {
    status: to,
    ...(to !== from.status ? { archivedFromStatus: to === "ARCHIVED" ? from.status : null } : {}),
    ...(to === "PUBLISHED" && from.publishedAt === null ? { publishedAt: now } : {}),
  };
}
