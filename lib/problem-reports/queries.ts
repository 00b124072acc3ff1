import "server-only";
import { prisma } from "@/lib/db/client";
import type { ListingKind } from "@/lib/generated/prisma/enums";

/** The published listing a visitor reports a problem on: only what the report page shows. */
export async function getReportableListing(kind: ListingKind, slug: string) {
  return prisma.listing.findFirst({
    where: { kind, slug, status: "PUBLISHED" },
    select: { id: true, kind: true, slug: true, nameIndonesian: true, nameEn: true },
  });
}
