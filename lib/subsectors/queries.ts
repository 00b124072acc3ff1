import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db/client";
import { validCertificationWhere } from "@/lib/certifications/validity";
import type { ListingKind } from "@/lib/generated/prisma/enums";

export async function listSubsectors() {
  return prisma.subsector.findMany({
    orderBy: { sortOrder: "asc" },
    select: { slug: true, nameIndonesian: true, nameEn: true },
  });
}

/** The subsectors in order, each with how many published listings have it as their main subsector (home grid). */
export async function listSubsectorsWithListingCounts() {
  const subsectors = await prisma.subsector.findMany({
    orderBy: { sortOrder: "asc" },
    select: {
      slug: true,
      nameIndonesian: true,
      nameEn: true,
      _count: { select: { primaryListings: { where: { status: "PUBLISHED" } } } },
    },
  });
  return subsectors.map(({ _count, ...subsector }) => ({ ...subsector, listingCount: _count.primaryListings }));
}

// Cached per request: generateMetadata and the page both need it.
export const getSubsectorBySlug = cache(async (slug: string) =>
  prisma.subsector.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      nameIndonesian: true,
      nameEn: true,
      descriptionIndonesian: true,
      descriptionEn: true,
    },
  }),
);

const publishedInSubsector = (subsectorId: string) => ({
  status: "PUBLISHED" as const,
  OR: [{ primarySubsectorId: subsectorId }, { otherSubsectors: { some: { subsectorId } } }],
});

/** Published listings of a subsector by kind, and how many hold a certificate that is valid today. */
export async function getSubsectorStats(subsectorId: string) {
  const where = publishedInSubsector(subsectorId);
  const [countsByKind, certifiedCount] = await Promise.all([
    prisma.listing.groupBy({ by: ["kind"], where, _count: { _all: true } }),
    prisma.listing.count({
      where: {
        ...where,
        certifications: { some: validCertificationWhere() },
      },
    }),
  ]);
  const counts = Object.fromEntries(countsByKind.map((row) => [row.kind, row._count._all])) as Partial<
    Record<ListingKind, number>
  >;
  const total = countsByKind.reduce((sum, row) => sum + row._count._all, 0);
  return { counts, total, certifiedCount };
}

/** The 17 subsectors as choices for a form, named in the reader's language. */
export async function listSubsectorOptions(locale: string) {
  const subsectors = await prisma.subsector.findMany({
    orderBy: { sortOrder: "asc" },
    select: { id: true, nameIndonesian: true, nameEn: true },
  });
  return subsectors.map((subsector) => ({
    id: subsector.id,
    name: locale === "en" ? subsector.nameEn : subsector.nameIndonesian,
  }));
}
