import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { deliverEmail } from "@/lib/mail/mailer";
import { recordEmailToManagers } from "@/lib/listings/notify-managers";
import { markFreshnessReminderSent, moveListingStatus } from "@/lib/listings/listing-writes";
import { getSiteUrl } from "@/lib/seo/site-url";
import {
  hasActiveManagerWhere,
  REMINDER_GRACE_DAYS,
  reminderDueWhere,
  reminderOverdueWhere,
  STALE_AFTER_DAYS,
} from "./freshness-rules";

export type FreshnessReminderSummary = {
  /** Listings whose managers were reminded in this run. */
  reminded: number;
  emails: number;
  /** Listings marked inactive because nobody answered the reminder in time. */
  deactivated: number;
  /** Stale listings nobody manages: staff check them (the table's "basi" list). */
  withoutManagers: number;
};

/**
 * The freshness job (`npm run jobs:reminders`, run daily by a scheduler). First, published listings reminded more
 * than 60 days ago and still not verified are marked inactive (audited, no actor) and their managers told. Then
 * every stale published listing not reminded since it was last verified gets one email per manager with the link
 * to confirm "Data masih benar" or edit, and its reminder date. Each listing commits on its own, conditional on
 * still qualifying, so a run that overlaps another or a manager's answer never acts twice.
 */
export async function sendFreshnessReminders(
  options: { now?: Date; siteUrl?: string } = {},
): Promise<FreshnessReminderSummary> {
  const now = options.now ?? new Date();
  const accountUrl = `${options.siteUrl ?? getSiteUrl()}/akun`;
  const emailIds: string[] = [];
  let deactivated = 0;
  let reminded = 0;

  const overdue = await prisma.listing.findMany({ where: reminderOverdueWhere(now), select: { id: true } });
  for (const { id } of overdue) {
    const ids = await prisma.$transaction(async (tx) => {
      const listing = await tx.listing.findUniqueOrThrow({
        where: { id },
        select: { nameIndonesian: true, freshnessReminderSentAt: true },
      });
      const expired = await moveListingStatus(tx, id, "expire", {
        where: reminderOverdueWhere(now),
        note: `Dinonaktifkan otomatis: data tidak dikonfirmasi dalam ${REMINDER_GRACE_DAYS} hari setelah pengingat.`,
        now,
      });
      if (!expired.ok) return null;
      await recordAudit(tx, null, {
        action: "listing.markInactiveStale",
        entityType: "Listing",
        entityId: id,
        before: {
          status: "PUBLISHED",
          freshnessReminderSentAt: listing.freshnessReminderSentAt?.toISOString() ?? null,
        },
        after: { status: "INACTIVE" },
      });
      return recordEmailToManagers(tx, id, "listingDeactivatedStale", {
        listingName: listing.nameIndonesian,
        graceDays: REMINDER_GRACE_DAYS,
        accountUrl,
      });
    });
    if (ids === null) continue;
    deactivated += 1;
    emailIds.push(...ids);
  }

  const due = await prisma.listing.findMany({
    where: { AND: [reminderDueWhere(now), hasActiveManagerWhere] },
    select: { id: true },
  });
  for (const { id } of due) {
    const ids = await prisma.$transaction(async (tx) => {
      const listing = await tx.listing.findUniqueOrThrow({
        where: { id },
        select: { nameIndonesian: true, lastVerifiedAt: true, publishedAt: true },
      });
      if (!(await markFreshnessReminderSent(tx, id, now, reminderDueWhere(now)))) return null;
      const ids = await recordEmailToManagers(tx, id, "freshnessReminder", {
        listingName: listing.nameIndonesian,
        since: listing.lastVerifiedAt ?? listing.publishedAt,
        graceDays: REMINDER_GRACE_DAYS,
        staleDays: STALE_AFTER_DAYS,
        accountUrl,
      });
      await recordAudit(tx, null, {
        action: "listing.sendFreshnessReminder",
        entityType: "Listing",
        entityId: id,
        after: { freshnessReminderSentAt: now.toISOString(), emails: ids.length },
      });
      return ids;
    });
    if (ids === null) continue;
    reminded += 1;
    emailIds.push(...ids);
  }

  const withoutManagers = await prisma.listing.count({
    where: { AND: [reminderDueWhere(now), { NOT: hasActiveManagerWhere }] },
  });
  for (const emailId of emailIds) await deliverEmail(emailId);
  return { reminded, emails: emailIds.length, deactivated, withoutManagers };
}
