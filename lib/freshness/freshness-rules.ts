import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

const DAY_MS = 24 * 60 * 60 * 1000;
/** A published listing whose data nobody confirmed for this long is stale ("belum diverifikasi 12 bulan"). */
export const STALE_AFTER_DAYS = 365;
/** Managers who got a reminder have this long to confirm or edit before the listing is marked inactive. */
export const REMINDER_GRACE_DAYS = 60;

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/** Published, and not verified since the cut-off (never verified counts from when it was published). */
export function staleListingWhere(now: Date): Prisma.ListingWhereInput {
  const cutoff = daysBefore(now, STALE_AFTER_DAYS);
  return {
    status: "PUBLISHED",
    OR: [
      { lastVerifiedAt: { lt: cutoff } },
      { lastVerifiedAt: null, OR: [{ publishedAt: null }, { publishedAt: { lt: cutoff } }] },
    ],
  };
}

/** A reminder went out and nobody verified the listing since (whatever its status now). */
export function unansweredReminderWhere(): Prisma.ListingWhereInput {
  return {
    freshnessReminderSentAt: { not: null },
    OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lt: prisma.listing.fields.freshnessReminderSentAt } }],
  };
}

/** Published, reminded and not verified since: the managers' answer is awaited. */
export function remindedListingWhere(): Prisma.ListingWhereInput {
  return { AND: [{ status: "PUBLISHED" }, unansweredReminderWhere()] };
}

/** Stale and not reminded since it was last verified: a reminder is due (if someone manages it). */
export function reminderDueWhere(now: Date): Prisma.ListingWhereInput {
  return {
    AND: [
      staleListingWhere(now),
      {
        OR: [
          { freshnessReminderSentAt: null },
          { freshnessReminderSentAt: { lt: prisma.listing.fields.lastVerifiedAt } },
        ],
      },
    ],
  };
}

/** Reminded more than the grace period ago and still not verified: to be marked inactive. */
export function reminderOverdueWhere(now: Date): Prisma.ListingWhereInput {
  return {
    AND: [remindedListingWhere(), { freshnessReminderSentAt: { lt: daysBefore(now, REMINDER_GRACE_DAYS) } }],
  };
}

/** At least one manager whose account still works (disabled accounts get no email). */
export const hasActiveManagerWhere: Prisma.ListingWhereInput = { managers: { some: { user: { isDisabled: false } } } };
