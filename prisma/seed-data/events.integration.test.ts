import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed";

describe("demo seed: events", () => {
  let seededAt: Date;

  beforeAll(async () => {
    seededAt = new Date();
    await seedDatabase(prisma, "demo");
  }, 300_000);

  it("marks every sample programme and event as a sample and never has a real entity organise one", async () => {
    const programmes = await prisma.programme.findMany();
    expect(programmes.length).toBeGreaterThanOrEqual(2);
    for (const programme of programmes) expect(programme.nameIndonesian, programme.slug).toMatch(/\(contoh\)$/);
    expect(programmes.some((programme) => programme.nameIndonesian.startsWith("Program Pelatihan Disporapar"))).toBe(
      true,
    );

    const events = await prisma.event.findMany({ include: { organiserListing: true } });
    expect(events.length).toBeGreaterThanOrEqual(12);
    for (const event of events) {
      expect(event.isSample, event.slug).toBe(true);
      expect(event.titleIndonesian, event.slug).toMatch(/\(contoh\)$/);
      expect(event.endsAt.getTime(), event.slug).toBeGreaterThan(event.startsAt.getTime());
      if (event.organiserListing) expect(event.organiserListing.isSample, event.slug).toBe(true);
      if (event.organiserName) expect(event.organiserName, event.slug).toMatch(/\(contoh\)$/);
    }
  });

  it("spreads published events over past and upcoming months relative to the seed day", async () => {
    const published = { status: "PUBLISHED" as const };
    const past = await prisma.event.count({ where: { ...published, endsAt: { lt: seededAt } } });
    const upcoming = await prisma.event.count({ where: { ...published, startsAt: { gt: seededAt } } });
    expect(past).toBeGreaterThanOrEqual(4);
    expect(upcoming).toBeGreaterThanOrEqual(4);
    const types = await prisma.event.groupBy({ by: ["type"], _count: true });
    expect(types.length).toBeGreaterThanOrEqual(6);
    expect(await prisma.event.count({ where: { status: "CANCELLED" } })).toBe(1);
    const proposal = await prisma.event.findFirstOrThrow({
      where: { status: "PENDING_REVIEW" },
      include: { proposedBy: true, organiserListing: { include: { managers: true } } },
    });
    expect(proposal.proposedBy?.email).toBe("pemilik@contoh.id");
    expect(proposal.organiserListing?.managers.map((manager) => manager.userId)).toContain(proposal.proposedById);
  });

  it("records participants only in past published training, and some went on to apply and be certified", async () => {
    const participations = await prisma.eventParticipation.findMany({ include: { event: true, listing: true } });
    expect(participations.length).toBeGreaterThanOrEqual(20);
    for (const { event, listing } of participations) {
      expect(["TRAINING", "BIMTEK"]).toContain(event.type);
      expect(event.status).toBe("PUBLISHED");
      expect(event.startsAt.getTime()).toBeLessThan(seededAt.getTime());
      expect(listing.status).toBe("PUBLISHED");
    }
    const trainedIds = [...new Set(participations.map((row) => row.listingId))];
    const trainingStart = new Map(participations.map((row) => [row.listingId, row.event.startsAt]));
    const followUps = await prisma.certification.findMany({ where: { listingId: { in: trainedIds } } });
    const afterTraining = followUps.filter((row) => row.createdAt > (trainingStart.get(row.listingId) ?? seededAt));
    const certified = afterTraining.filter((row) => row.status === "CERTIFIED");
    expect(afterTraining.length).toBeGreaterThanOrEqual(4);
    expect(certified.length).toBeGreaterThanOrEqual(2);
    for (const certification of certified) {
      expect(certification.number).toBeTruthy();
      expect(certification.issuedOn!.getTime()).toBeLessThanOrEqual(seededAt.getTime());
    }
    // Not everyone trained applied: the funnel narrows.
    const applied = new Set(followUps.map((row) => row.listingId));
    expect(trainedIds.filter((id) => !applied.has(id)).length).toBeGreaterThan(0);
  });
});
