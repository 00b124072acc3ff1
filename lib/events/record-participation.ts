import "server-only";
import { prisma } from "@/lib/db/client";
import type { ListingKind } from "@/lib/generated/prisma/enums";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { assertStaff } from "@/lib/auth/assert-role";
import { isTrainingEventType } from "./schemas";

// Staff record which listings took part in a training event. The record feeds the monev funnel (trained →
// applied → certified) and the "training attended" list on the listing's public profile; it is never shown as a
// certificate.

export type ParticipationResult =
  | { ok: true; eventSlug: string; listing: { kind: ListingKind; slug: string } }
  | {
      ok: false;
      reason:
        | "notFound"
        | "notTraining"
        | "notPublished"
        | "notStarted"
        | "listingNotFound"
        | "alreadyRecorded"
        | "notRecorded";
    };

type Refusal = Extract<ParticipationResult, { ok: false }>;
const refuse = (reason: Refusal["reason"]): Refusal => ({ ok: false, reason });

/** Records that a published listing took part in a published training event that has started. */
export async function addEventParticipant(
  staff: AuditActor,
  eventId: string,
  listingId: string,
  now: Date = new Date(),
): Promise<ParticipationResult> {
  assertStaff(staff);
  return prisma.$transaction(async (tx): Promise<ParticipationResult> => {
    const event = await tx.event.findUnique({
      where: { id: eventId },
      select: { slug: true, type: true, status: true, startsAt: true },
    });
    if (!event) return refuse("notFound");
    if (!isTrainingEventType(event.type)) return refuse("notTraining");
    if (event.status !== "PUBLISHED") return refuse("notPublished");
    if (event.startsAt > now) return refuse("notStarted");
    const listing = await tx.listing.findFirst({
      where: { id: listingId, status: "PUBLISHED" },
      select: { kind: true, slug: true },
    });
    if (!listing) return refuse("listingNotFound");
    const { count } = await tx.eventParticipation.createMany({
      data: [{ eventId, listingId, recordedById: staff.id }],
      skipDuplicates: true,
    });
    if (count !== 1) return refuse("alreadyRecorded");
    await recordAudit(tx, staff, {
      action: "event.addParticipant",
      entityType: "Event",
      entityId: eventId,
      after: { listingId },
    });
    return { ok: true, eventSlug: event.slug, listing };
  });
}

/** Removes a participation recorded by mistake. */
export async function removeEventParticipant(
  staff: AuditActor,
  eventId: string,
  listingId: string,
): Promise<ParticipationResult> {
  assertStaff(staff);
  return prisma.$transaction(async (tx): Promise<ParticipationResult> => {
    const participation = await tx.eventParticipation.findUnique({
      where: { eventId_listingId: { eventId, listingId } },
      select: {
        recordedById: true,
        createdAt: true,
        event: { select: { slug: true } },
        listing: { select: { kind: true, slug: true } },
      },
    });
    if (!participation) return refuse("notRecorded");
    const { count } = await tx.eventParticipation.deleteMany({ where: { eventId, listingId } });
    if (count !== 1) return refuse("notRecorded");
    await recordAudit(tx, staff, {
      action: "event.removeParticipant",
      entityType: "Event",
      entityId: eventId,
      before: {
        listingId,
        recordedById: participation.recordedById,
        recordedAt: participation.createdAt.toISOString(),
      },
    });
    return { ok: true, eventSlug: participation.event.slug, listing: participation.listing };
  });
}
