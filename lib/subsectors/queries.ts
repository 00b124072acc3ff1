import "server-only";
import { prisma } from "@/lib/db/client";
import type { ListingKind } from "@/lib/generated/prisma/enums";

export async function listSubsectors() {
  return prisma.subsector.findMany({
    orderBy: { sortOrder: "asc" },
    select: { slug: true, nameId: true, nameEn: true },
  });
}

const publishedInSubsector = (subsectorId: string) => ({
  status: "PUBLISHED" as const,
  OR: [{ primarySubsectorId: subsectorId }, { otherSubsectors: { some: { subsectorId } } }],
});

export async function getSubsectorProfileBySlug(slug: string) {
  const subsector = await prisma.subsector.findUnique({
    where: { slug },
    select: { id: true, slug: true, nameId: true, nameEn: true, descriptionId: true, descriptionEn: true },
  });
  if (!subsector) return null;

  const where = publishedInSubsector(subsector.id);
  const [countsByKind, listings] = await Promise.all([
    prisma.listing.groupBy({ by: ["kind"], where, _count: { _all: true } }),
    prisma.listing.findMany({
      where,
      orderBy: [{ isSample: "asc" }, { nameId: "asc" }],
      take: 24,
      select: { slug: true, kind: true, nameId: true, nameEn: true, kecamatan: true, isSample: true },
    }),
  ]);
  const counts = Object.fromEntries(countsByKind.map((row) => [row.kind, row._count._all])) as Partial<
    Record<ListingKind, number>
  >;
  const total = countsByKind.reduce((sum, row) => sum + row._count._all, 0);
  return { subsector, counts, total, listings };
}
