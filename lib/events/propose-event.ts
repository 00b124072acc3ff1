import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import {
  checkSubsectors,
  createUniqueEventSlug,
  eventSnapshotSelect,
  refuseEvent,
  toAuditSnapshot,
  type EventChangeResult,
} from "./save-event";
import { proposedEventSchema, type ProposedEventInput } from "./schemas";

/**
 * A manager of a published listing proposes an event organised by that listing. It waits for staff review
 * (not public until approved). For a listing the user does not manage, nothing is written: notFound.
 */
export async function proposeEvent(owner: AuditActor, input: ProposedEventInput): Promise<EventChangeResult> {
  const parsed = proposedEventSchema.safeParse(input);
  if (!parsed.success) return refuseEvent("invalid", z.flattenError(parsed.error).fieldErrors);
  const data = parsed.data;

  return prisma.$transaction(async (tx): Promise<EventChangeResult> => {
    const listing = await tx.listing.findFirst({
      where: { id: data.listingId, status: "PUBLISHED", managers: { some: { userId: owner.id } } },
      select: { id: true },
    });
    if (!listing) return refuseEvent("notFound");
    const subsectorErrors = await checkSubsectors(tx, data.subsectorIds);
    if (subsectorErrors) return refuseEvent("invalid", subsectorErrors);
    const event = await tx.event.create({
      data: {
        slug: await createUniqueEventSlug(tx, data.titleIndonesian),
        type: data.type,
        status: "PENDING_REVIEW",
        titleIndonesian: data.titleIndonesian,
        titleEn: data.titleEn ?? null,
        descriptionIndonesian: data.descriptionIndonesian,
        descriptionEn: data.descriptionEn ?? null,
        organiserListingId: listing.id,
        venue: data.venue ?? null,
        kecamatan: data.kecamatan ?? null,
        isOnline: data.isOnline,
        startsAt: data.startsAt,
        endsAt: data.endsAt,
        registrationUrl: data.registrationUrl ?? null,
        proposedById: owner.id,
        isSample: false,
        subsectors: { createMany: { data: data.subsectorIds.map((subsectorId) => ({ subsectorId })) } },
      },
      select: eventSnapshotSelect,
    });
    await recordAudit(tx, owner, {
      action: "event.propose",
      entityType: "Event",
      entityId: event.id,
      after: toAuditSnapshot(event),
    });
    // Nothing public changes until staff approve.
    return { ok: true, eventId: event.id, slug: event.slug, affectedListings: [] };
  });
}
