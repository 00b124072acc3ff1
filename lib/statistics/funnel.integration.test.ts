import { beforeAll, describe, expect, it } from "vitest";
import {
  createCertification,
  createCertificationType,
  createListing,
  createSubsector,
} from "@/tests/support/factories";
import { createMonevEvent, createMonevProgramme, recordMonevParticipants } from "@/tests/support/monev-factories";
import { getMonevFunnel } from "./funnel";

const FIRST_HALF = { from: "2026-01-01", to: "2026-06-30" };
const SECOND_HALF = { from: "2026-07-01", to: "2026-12-31" };
const withoutSamples = { includeSamples: false };

let food: { slug: string };
let music: { slug: string };
let programme: { id: string; slug: string };

beforeAll(async () => {
  const foodSubsector = await createSubsector({ sortOrder: 1 });
  const musicSubsector = await createSubsector({ sortOrder: 2 });
  food = foodSubsector;
  music = musicSubsector;
  const type = await createCertificationType();
  programme = await createMonevProgramme({ year: 2026 });

  const published = { isSample: false } as const;
  const a = await createListing({ primarySubsectorId: foodSubsector.id, ...published });
  const b = await createListing({
    primarySubsectorId: foodSubsector.id,
    otherSubsectors: { create: { subsectorId: musicSubsector.id } },
    ...published,
  } as Parameters<typeof createListing>[0]);
  const c = await createListing({ primarySubsectorId: musicSubsector.id, ...published });
  const draft = await createListing({ primarySubsectorId: foodSubsector.id, status: "DRAFT", isSample: false });
  const sample = await createListing({ primarySubsectorId: foodSubsector.id, isSample: true });

  // In the first half: a training of the programme.
  const training = await createMonevEvent("2026-03-10T02:00:00Z", { programmeId: programme.id });
  await recordMonevParticipants(training.id, [a.id, b.id, draft.id, sample.id]);
  // 1 July 01:00 WIB is still 30 June in UTC: it belongs to the second half.
  const bimtek = await createMonevEvent("2026-06-30T18:00:00Z", { type: "BIMTEK" });
  await recordMonevParticipants(bimtek.id, [b.id, c.id]);
  // Not counted: a festival, a cancelled training.
  const festival = await createMonevEvent("2026-03-12T02:00:00Z", { type: "FESTIVAL" });
  const cancelled = await createMonevEvent("2026-03-15T02:00:00Z", { status: "CANCELLED" });
  await recordMonevParticipants(festival.id, [c.id]);
  await recordMonevParticipants(cancelled.id, [c.id]);
  // A training the year before.
  const earlier = await createMonevEvent("2025-05-01T02:00:00Z");
  await recordMonevParticipants(earlier.id, [a.id]);

  // a applied after its training and was certified.
  await createCertification({
    listingId: a.id,
    typeId: type.id,
    status: "CERTIFIED",
    createdAt: new Date("2026-04-01T03:00:00Z"),
  });
  // b's old certificate predates both periods; its new application comes after the second period ends.
  await createCertification({
    listingId: b.id,
    typeId: type.id,
    status: "CERTIFIED",
    createdAt: new Date("2025-12-01T03:00:00Z"),
  });
  await createCertification({
    listingId: b.id,
    typeId: type.id,
    status: "APPLIED",
    createdAt: new Date("2027-01-10T03:00:00Z"),
  });
});

describe("getMonevFunnel", () => {
  it("follows the businesses trained in the period to their applications and certificates", async () => {
    const funnel = await getMonevFunnel(withoutSamples, FIRST_HALF);
    expect(funnel.period).toEqual(FIRST_HALF);
    // a and b: the draft, the sample, the festival and the cancelled training do not count.
    expect(funnel.total).toEqual({ trained: 2, applied: 2, certified: 1 });
  });

  it("counts a business in each of its subsectors", async () => {
    const funnel = await getMonevFunnel(withoutSamples, FIRST_HALF);
    expect(funnel.bySubsector).toEqual([
      expect.objectContaining({ key: food.slug, trained: 2, applied: 2, certified: 1 }),
      expect.objectContaining({ key: music.slug, trained: 1, applied: 1, certified: 0 }),
    ]);
  });

  it("groups by the programme of the training", async () => {
    const funnel = await getMonevFunnel(withoutSamples, FIRST_HALF);
    expect(funnel.byProgramme).toEqual([
      expect.objectContaining({ key: programme.slug, year: 2026, trained: 2, applied: 2, certified: 1 }),
    ]);
  });

  it("uses Jakarta dates for the period and names events outside a programme", async () => {
    const funnel = await getMonevFunnel(withoutSamples, SECOND_HALF);
    expect(funnel.total).toEqual({ trained: 2, applied: 1, certified: 0 });
    expect(funnel.byProgramme).toEqual([
      expect.objectContaining({ key: "", year: null, trained: 2, applied: 1, certified: 0 }),
    ]);
    expect(funnel.bySubsector).toEqual([
      expect.objectContaining({ key: food.slug, trained: 1, applied: 1, certified: 0 }),
      expect.objectContaining({ key: music.slug, trained: 2, applied: 1, certified: 0 }),
    ]);
  });

  it("counts an application made after the training even when the period is long over", async () => {
    const funnel = await getMonevFunnel(withoutSamples, { from: "2025-01-01", to: "2025-12-31" });
    expect(funnel.total).toEqual({ trained: 1, applied: 1, certified: 1 });
  });

  it("counts sample businesses only when samples are included", async () => {
    const funnel = await getMonevFunnel({ includeSamples: true }, FIRST_HALF);
    expect(funnel.total).toEqual({ trained: 3, applied: 2, certified: 1 });
  });

  it("is empty for a period without training", async () => {
    const funnel = await getMonevFunnel(withoutSamples, { from: "2020-01-01", to: "2020-12-31" });
    expect(funnel).toMatchObject({ total: { trained: 0, applied: 0, certified: 0 }, bySubsector: [], byProgramme: [] });
  });
});
