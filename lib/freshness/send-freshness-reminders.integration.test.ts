import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createListing, createSubsector, createUser } from "@/tests/support/factories";
import { sendFreshnessReminders } from "./send-freshness-reminders";

const DAY_MS = 24 * 60 * 60 * 1000;
const now = new Date("2030-06-01T02:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
const siteUrl = "https://ekraf.contoh.id";

describe("the freshness reminders job", () => {
  it("reminds managers of stale listings once, marks unanswered ones inactive after 60 days, leaves the rest", async () => {
    const subsector = await createSubsector();
    const manager = await createUser();
    const coManager = await createUser();
    const disabledManager = await createUser({ isDisabled: true });
    const managed = (extra: object = {}) => ({
      primarySubsectorId: subsector.id,
      managers: { create: [{ userId: manager.id }, { userId: coManager.id }] },
      ...extra,
    });

    const stale = await createListing(managed({ lastVerifiedAt: daysAgo(400) }));
    const neverVerified = await createListing(
      managed({ lastVerifiedAt: null, publishedAt: daysAgo(500), managers: { create: { userId: manager.id } } }),
    );
    const recentlyVerified = await createListing(managed({ lastVerifiedAt: daysAgo(100) }));
    const newlyPublished = await createListing(managed({ lastVerifiedAt: null, publishedAt: daysAgo(30) }));
    const draft = await createListing(managed({ status: "DRAFT", lastVerifiedAt: daysAgo(900) }));
    const unmanaged = await createListing({ primarySubsectorId: subsector.id, lastVerifiedAt: daysAgo(400) });
    const onlyDisabledManager = await createListing({
      primarySubsectorId: subsector.id,
      lastVerifiedAt: daysAgo(400),
      managers: { create: { userId: disabledManager.id } },
    });
    const overdue = await createListing(
      managed({ lastVerifiedAt: daysAgo(430), freshnessReminderSentAt: daysAgo(61) }),
    );
    const waiting = await createListing(
      managed({ lastVerifiedAt: daysAgo(420), freshnessReminderSentAt: daysAgo(59) }),
    );
    const answered = await createListing(
      managed({ lastVerifiedAt: daysAgo(10), freshnessReminderSentAt: daysAgo(70) }),
    );
    // Verified after an old reminder and stale again since: a new reminder is due.
    const staleAgain = await createListing(
      managed({ lastVerifiedAt: daysAgo(380), freshnessReminderSentAt: daysAgo(800) }),
    );

    const summary = await sendFreshnessReminders({ now, siteUrl });

    expect(summary).toEqual({ reminded: 3, emails: 5 + 2, deactivated: 1, withoutManagers: 2 });
    const byId = async (id: string) =>
      prisma.listing.findUniqueOrThrow({
        where: { id },
        select: { status: true, freshnessReminderSentAt: true, statusNote: true },
      });
    for (const listing of [stale, neverVerified, staleAgain])
      expect(await byId(listing.id)).toMatchObject({ status: "PUBLISHED", freshnessReminderSentAt: now });
    for (const listing of [recentlyVerified, newlyPublished, unmanaged, onlyDisabledManager])
      expect(await byId(listing.id)).toMatchObject({ status: "PUBLISHED", freshnessReminderSentAt: null });
    expect(await byId(draft.id)).toMatchObject({ status: "DRAFT", freshnessReminderSentAt: null });
    expect(await byId(waiting.id)).toMatchObject({ status: "PUBLISHED", freshnessReminderSentAt: daysAgo(59) });
    expect(await byId(answered.id)).toMatchObject({ status: "PUBLISHED", freshnessReminderSentAt: daysAgo(70) });
    const deactivated = await byId(overdue.id);
    expect(deactivated.status).toBe("INACTIVE");
    expect(deactivated.statusNote).toContain("60 hari");

    const reminderEmails = await prisma.outboxEmail.findMany({
      where: { subject: { contains: stale.nameIndonesian } },
      select: { to: true, bodyText: true },
    });
    expect(reminderEmails.map((email) => email.to).sort()).toEqual([manager.email, coManager.email].sort());
    expect(reminderEmails[0]?.bodyText).toContain(`${siteUrl}/akun`);
    expect(reminderEmails[0]?.bodyText).toContain("Data masih benar");
    expect(await prisma.outboxEmail.count({ where: { to: disabledManager.email } })).toBe(0);

    const jobAudit = await prisma.auditLog.findFirstOrThrow({
      where: { entityId: overdue.id, action: "listing.markInactiveStale" },
    });
    expect(jobAudit).toMatchObject({ actorId: null, actorRole: null, after: { status: "INACTIVE" } });
    expect(await prisma.auditLog.count({ where: { action: "listing.sendFreshnessReminder" } })).toBe(3);

    // A second run the same day has nothing left to do.
    const emailsBefore = await prisma.outboxEmail.count();
    expect(await sendFreshnessReminders({ now, siteUrl })).toEqual({
      reminded: 0,
      emails: 0,
      deactivated: 0,
      withoutManagers: 2,
    });
    expect(await prisma.outboxEmail.count()).toBe(emailsBefore);

    // Sixty days on without an answer, the reminded listings are marked inactive too.
    const later = await sendFreshnessReminders({ now: new Date(now.getTime() + 61 * DAY_MS), siteUrl });
    expect(later.deactivated).toBe(4);
    expect(await byId(stale.id)).toMatchObject({ status: "INACTIVE" });
  });
});
