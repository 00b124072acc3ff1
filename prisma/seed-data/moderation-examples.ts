import type { Prisma } from "../../lib/generated/prisma/client";
import { listingContentSelect, toListingContent } from "../../lib/listings/listing-content";
import { getListingContentSchema } from "../../lib/listings/schemas";

type Tx = Prisma.TransactionClient;

/**
 * Demo only: something in the staff moderation queue from the start — a pending edit by the demo owner on the
 * first sample business they manage, and a pending claim by the demo owner on a sample studio they do not manage.
 */
export async function seedModerationExamples(tx: Tx) {
  const owner = await tx.user.findUniqueOrThrow({ where: { email: "pemilik@contoh.id" }, select: { id: true } });
  const managed = await tx.listing.findFirst({
    where: { status: "PUBLISHED", isSample: true, managers: { some: { userId: owner.id } } },
    orderBy: { nameIndonesian: "asc" },
    select: { ...listingContentSelect, id: true, kind: true, version: true },
  });
  if (managed) {
    const content = getListingContentSchema(managed.kind).parse({
      ...toListingContent(managed),
      summaryIndonesian: `${managed.summaryIndonesian} Kini juga menerima pesanan untuk acara kantor (contoh perubahan).`,
    });
    await tx.listingRevision.create({
      data: {
        listingId: managed.id,
        pendingListingId: managed.id,
        authorId: owner.id,
        baseVersion: managed.version,
        changes: { content } as Prisma.InputJsonValue,
      },
    });
  }
  const studio = await tx.listing.findFirst({
    where: { kind: "STARTUP_STUDIO", status: "PUBLISHED", isSample: true, managers: { none: {} } },
    // The last one by name, so the browser tests that claim the first studio in the directory meet no other claim.
    orderBy: { nameIndonesian: "desc" },
    select: { id: true },
  });
  if (studio) {
    await tx.listingClaim.create({
      data: {
        listingId: studio.id,
        userId: owner.id,
        pendingKey: `${studio.id}:${owner.id}`,
        relation: "Saya ikut mendirikan studio ini dan mengelola akun media sosialnya (contoh klaim untuk demo).",
      },
    });
  }
}
