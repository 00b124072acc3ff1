// Factories for the monev funnel tests: programmes, training events and participation records. Kept apart from
// tests/support/factories.ts so they cannot clash with the events area's own factories.
import crypto from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";

const unique = () => crypto.randomBytes(5).toString("hex");

export async function createMonevProgramme(overrides: Partial<Prisma.ProgrammeCreateInput> = {}) {
  const id = unique();
  return prisma.programme.create({
    data: {
      slug: `program-uji-${id}`,
      nameIndonesian: `Program Uji ${id}`,
      nameEn: `Test Programme ${id}`,
      year: 2026,
      organiserName: "Disporapar Kota Malang",
      ...overrides,
    },
  });
}

/** A published training event starting at `startsAt` (an instant), two hours long. */
export async function createMonevEvent(startsAt: string, overrides: Partial<Prisma.EventUncheckedCreateInput> = {}) {
  const id = unique();
  const start = new Date(startsAt);
  return prisma.event.create({
    data: {
      slug: `pelatihan-uji-${id}`,
      type: "TRAINING",
      status: "PUBLISHED",
      titleIndonesian: `Pelatihan Uji ${id}`,
      descriptionIndonesian: "Pelatihan uji.",
      startsAt: start,
      endsAt: new Date(start.getTime() + 2 * 60 * 60 * 1000),
      ...overrides,
    },
  });
}

export async function recordMonevParticipants(eventId: string, listingIds: string[]) {
  await prisma.eventParticipation.createMany({ data: listingIds.map((listingId) => ({ eventId, listingId })) });
}
