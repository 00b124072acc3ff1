// Factories make unique rows, so no test depends on another's data.
import crypto from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";

const unique = () => crypto.randomBytes(5).toString("hex");

export async function createSubsector(overrides: Partial<Prisma.SubsectorCreateInput> = {}) {
  const id = unique();
  return prisma.subsector.create({
    data: {
      slug: `subsektor-uji-${id}`,
      nameIndonesian: `Subsektor Uji ${id}`,
      nameEn: `Test Subsector ${id}`,
      descriptionIndonesian: "Deskripsi subsektor uji.",
      descriptionEn: "Test subsector description.",
      sortOrder: 100,
      ...overrides,
    },
  });
}

export async function createListing(
  overrides: Partial<Prisma.ListingUncheckedCreateInput> & { primarySubsectorId: string },
) {
  const id = unique();
  return prisma.listing.create({
    data: {
      kind: "CREATIVE_BUSINESS",
      slug: `usaha-uji-${id}`,
      status: "PUBLISHED",
      nameIndonesian: `Usaha Uji ${id}`,
      summaryIndonesian: "Ringkasan usaha uji.",
      isSample: true,
      ...overrides,
    },
  });
}

export async function createUser(overrides: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const id = unique();
  return prisma.user.create({
    data: { email: `pengguna-${id}@contoh.id`, name: `Pengguna ${id}`, role: "OWNER", ...overrides },
  });
}

/** A published listing in a fresh subsector, managed by the given user. */
export async function createManagedListing(
  userId: string,
  overrides: Partial<Prisma.ListingUncheckedCreateInput> = {},
) {
  const subsector = await createSubsector();
  return createListing({
    primarySubsectorId: subsector.id,
    managers: { create: { userId } },
    ...overrides,
  } as Partial<Prisma.ListingUncheckedCreateInput> & { primarySubsectorId: string });
}

export async function createCertificationType(overrides: Partial<Prisma.CertificationTypeCreateInput> = {}) {
  const id = unique();
  return prisma.certificationType.create({
    data: {
      slug: `jenis-uji-${id}`,
      nameIndonesian: `Sertifikat Uji ${id}`,
      nameEn: `Test Certificate ${id}`,
      issuingBody: "Lembaga Penerbit Uji",
      doesExpire: true,
      registryUrl: "https://registri.contoh.id",
      ...overrides,
    },
  });
}

/** A certification with its first history row, as the lifecycle functions would have written it. */
export async function createCertification(
  overrides: Partial<Prisma.CertificationUncheckedCreateInput> & { listingId: string; typeId: string },
) {
  const status = overrides.status ?? "APPLIED";
  return prisma.certification.create({
    data: {
      status,
      ...overrides,
      history: { create: { fromStatus: null, toStatus: status, note: "Data uji" } },
    },
  });
}

/** An open collaboration post for a listing, asking for (WANTED) and bringing (OFFERED) the given subsectors. */
export async function createCollaborationPost(
  overrides: Partial<Prisma.CollaborationPostUncheckedCreateInput> & {
    listingId: string;
    wantedSubsectorIds: string[];
    offeredSubsectorIds?: string[];
  },
) {
  const { wantedSubsectorIds, offeredSubsectorIds = [], ...data } = overrides;
  return prisma.collaborationPost.create({
    data: {
      kind: "NEED",
      title: `Postingan uji ${unique()}`,
      description: "Deskripsi postingan kolaborasi uji.",
      ...data,
      subsectors: {
        create: [
          ...wantedSubsectorIds.map((subsectorId) => ({ subsectorId, role: "WANTED" as const })),
          ...offeredSubsectorIds.map((subsectorId) => ({ subsectorId, role: "OFFERED" as const })),
        ],
      },
    },
  });
}

export async function createProgramme(overrides: Partial<Prisma.ProgrammeUncheckedCreateInput> = {}) {
  const id = unique();
  return prisma.programme.create({
    data: {
      slug: `program-uji-${id}`,
      nameIndonesian: `Program Uji ${id}`,
      nameEn: `Test Programme ${id}`,
      year: 2026,
      organiserName: "Penyelenggara Uji",
      ...overrides,
    },
  });
}

/** An event row (published, a week from now, two hours long unless overridden), with optional subsectors. */
export async function createEventRecord(
  overrides: Partial<Prisma.EventUncheckedCreateInput> & { subsectorIds?: string[] } = {},
) {
  const id = unique();
  const { subsectorIds = [], ...data } = overrides;
  const startsAt = data.startsAt ? new Date(data.startsAt) : new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
  return prisma.event.create({
    data: {
      slug: `acara-uji-${id}`,
      type: "TRAINING",
      status: "PUBLISHED",
      titleIndonesian: `Acara Uji ${id}`,
      descriptionIndonesian: "Deskripsi acara uji.",
      organiserName: "Penyelenggara Uji",
      venue: "Aula Uji",
      endsAt: new Date(startsAt.getTime() + 2 * 60 * 60 * 1000),
      ...data,
      startsAt,
      subsectors: { create: subsectorIds.map((subsectorId) => ({ subsectorId })) },
    },
  });
}
