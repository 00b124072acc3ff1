import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventStatus, ListingKind } from "@/lib/generated/prisma/enums";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { assertStaff } from "@/lib/auth/assert-role";
import { slugify } from "@/lib/listings/slugs";
import { staffEventSchema, type EventFieldErrors, type StaffEventData, type StaffEventInput } from "./schemas";

// Staff create, edit, publish and cancel events. Each change and its audit entry commit in one transaction; the
// caller (a server action) revalidates the public pages named in the result afterwards.

export type AffectedListing = { kind: ListingKind; slug: string };

export type EventChangeResult =
  | { ok: true; eventId: string; slug: string; affectedListings: AffectedListing[] }
  | {
      ok: false;
      /** conflict: someone changed the event since the form was opened; alreadyHandled: its status moved on. */
      reason: "notFound" | "conflict" | "invalid" | "alreadyHandled";
      fieldErrors?: EventFieldErrors;
    };

export type EventRefusal = Extract<EventChangeResult, { ok: false }>;

export const refuseEvent = (reason: EventRefusal["reason"], fieldErrors?: EventFieldErrors): EventRefusal =>
  fieldErrors ? { ok: false, reason, fieldErrors } : { ok: false, reason };

/** The columns an audit entry records, before and after a change. */
export const eventSnapshotSelect = {
  id: true,
  slug: true,
  type: true,
  status: true,
  titleIndonesian: true,
  titleEn: true,
  descriptionIndonesian: true,
  descriptionEn: true,
  programmeId: true,
  organiserListingId: true,
  organiserName: true,
  venue: true,
  kecamatan: true,
  isOnline: true,
  startsAt: true,
  endsAt: true,
  registrationUrl: true,
  reviewNote: true,
  version: true,
  subsectors: { select: { subsectorId: true }, orderBy: { subsectorId: "asc" } },
  organiserListing: { select: { kind: true, slug: true } },
} satisfies Prisma.EventSelect;

type EventSnapshotRow = Prisma.EventGetPayload<{ select: typeof eventSnapshotSelect }>;

export function toAuditSnapshot(row: EventSnapshotRow): Prisma.InputJsonObject {
  return {
    slug: row.slug,
    type: row.type,
    status: row.status,
    titleIndonesian: row.titleIndonesian,
    titleEn: row.titleEn,
    descriptionIndonesian: row.descriptionIndonesian,
    descriptionEn: row.descriptionEn,
    programmeId: row.programmeId,
    organiserListingId: row.organiserListingId,
    organiserName: row.organiserName,
    venue: row.venue,
    kecamatan: row.kecamatan,
    isOnline: row.isOnline,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    registrationUrl: row.registrationUrl,
    reviewNote: row.reviewNote,
    version: row.version,
    subsectorIds: row.subsectors.map((subsector) => subsector.subsectorId),
  };
}

/** An event slug from its title that no other event uses: the title's slug, or it with "-2", "-3"… appended. */
export async function createUniqueEventSlug(tx: Prisma.TransactionClient, title: string): Promise<string> {
  const base = slugify(title) || "acara";
  const taken = new Set(
    (await tx.event.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}

/** Every given subsector id exists; otherwise the field's error. */
export async function checkSubsectors(tx: Prisma.TransactionClient, ids: string[]): Promise<EventFieldErrors | null> {
  if (ids.length === 0) return null;
  const found = await tx.subsector.count({ where: { id: { in: ids } } });
  return found === ids.length ? null : { subsectorIds: ["subsectorInvalid"] };
}

type References = { programmeId: string | null; organiserListingId: string | null };

/**
 * The programme (active, or the event's current one) and the organiser listing (published, or the event's
 * current organiser) named by the form, as ids; field errors when they do not exist.
 */
async function resolveReferences(
  tx: Prisma.TransactionClient,
  data: StaffEventData,
  current?: { programmeId: string | null; organiserListingId: string | null },
): Promise<{ ok: true; references: References } | { ok: false; fieldErrors: EventFieldErrors }> {
  const fieldErrors: EventFieldErrors = { ...(await checkSubsectors(tx, data.subsectorIds)) };
  let programmeId: string | null = null;
  if (data.programmeId) {
    const programme = await tx.programme.findFirst({
      where: {
        id: data.programmeId,
        OR: [{ isActive: true }, ...(current?.programmeId ? [{ id: current.programmeId }] : [])],
      },
      select: { id: true },
    });
    if (programme) programmeId = programme.id;
    else fieldErrors.programmeId = ["programmeInvalid"];
  }
  let organiserListingId: string | null = null;
  if (data.organiserListingSlug) {
    const listing = await tx.listing.findFirst({
      where: {
        slug: data.organiserListingSlug,
        OR: [{ status: "PUBLISHED" }, ...(current?.organiserListingId ? [{ id: current.organiserListingId }] : [])],
      },
      select: { id: true },
    });
    if (listing) organiserListingId = listing.id;
    else fieldErrors.organiserListingSlug = ["organiserNotFound"];
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, references: { programmeId, organiserListingId } };
}

function columnsOf(data: StaffEventData, references: References) {
  return {
    type: data.type,
    titleIndonesian: data.titleIndonesian,
    titleEn: data.titleEn ?? null,
    descriptionIndonesian: data.descriptionIndonesian,
    descriptionEn: data.descriptionEn ?? null,
    programmeId: references.programmeId,
    organiserListingId: references.organiserListingId,
    organiserName: data.organiserName ?? null,
    venue: data.venue ?? null,
    kecamatan: data.kecamatan ?? null,
    isOnline: data.isOnline,
    startsAt: data.startsAt,
    endsAt: data.endsAt,
    registrationUrl: data.registrationUrl ?? null,
  };
}

function parseStaffEvent(input: StaffEventInput) {
  const parsed = staffEventSchema.safeParse(input);
  return parsed.success
    ? ({ ok: true, data: parsed.data } as const)
    : ({ ok: false, refusal: refuseEvent("invalid", z.flattenError(parsed.error).fieldErrors) } as const);
}

/** Listings whose public profile shows this event: its organiser and, for a status change, its participants. */
export async function findAffectedListings(
  tx: Prisma.TransactionClient,
  eventId: string,
  extra: (AffectedListing | null | undefined)[] = [],
): Promise<AffectedListing[]> {
  const event = await tx.event.findUniqueOrThrow({
    where: { id: eventId },
    select: {
      organiserListing: { select: { kind: true, slug: true } },
      participations: { select: { listing: { select: { kind: true, slug: true } } } },
    },
  });
  const all = [event.organiserListing, ...event.participations.map((row) => row.listing), ...extra];
  const unique = new Map<string, AffectedListing>();
  for (const listing of all) if (listing) unique.set(`${listing.kind}/${listing.slug}`, listing);
  return [...unique.values()];
}

/** Staff add an event; it is public at once. */
export async function createEvent(staff: AuditActor, input: StaffEventInput): Promise<EventChangeResult> {
  assertStaff(staff);
  const parsed = parseStaffEvent(input);
  if (!parsed.ok) return parsed.refusal;
  const data = parsed.data;

  return prisma.$transaction(async (tx): Promise<EventChangeResult> => {
    const resolved = await resolveReferences(tx, data);
    if (!resolved.ok) return refuseEvent("invalid", resolved.fieldErrors);
    const event = await tx.event.create({
      data: {
        ...columnsOf(data, resolved.references),
        slug: await createUniqueEventSlug(tx, data.titleIndonesian),
        status: "PUBLISHED",
        isSample: false,
        subsectors: { createMany: { data: data.subsectorIds.map((subsectorId) => ({ subsectorId })) } },
      },
      select: eventSnapshotSelect,
    });
    await recordAudit(tx, staff, {
      action: "event.create",
      entityType: "Event",
      entityId: event.id,
      after: toAuditSnapshot(event),
    });
    return {
      ok: true,
      eventId: event.id,
      slug: event.slug,
      affectedListings: await findAffectedListings(tx, event.id),
    };
  });
}

/**
 * Staff edit an event. `expectedVersion` is the version the form was opened on: when someone saved in between,
 * nothing is written and the answer is a conflict (reload and edit again). The slug never changes, so links
 * and calendar entries keep working.
 */
export async function updateEvent(
  staff: AuditActor,
  eventId: string,
  input: StaffEventInput,
  expectedVersion: number,
): Promise<EventChangeResult> {
  assertStaff(staff);
  const parsed = parseStaffEvent(input);
  if (!parsed.ok) return parsed.refusal;
  const data = parsed.data;

  return prisma.$transaction(async (tx): Promise<EventChangeResult> => {
    const before = await tx.event.findUnique({ where: { id: eventId }, select: eventSnapshotSelect });
    if (!before) return refuseEvent("notFound");
    if (before.version !== expectedVersion) return refuseEvent("conflict");
    const resolved = await resolveReferences(tx, data, before);
    if (!resolved.ok) return refuseEvent("invalid", resolved.fieldErrors);
    // The version condition also covers a save committed between the read above and this write.
    const { count } = await tx.event.updateMany({
      where: { id: eventId, version: expectedVersion },
      data: { ...columnsOf(data, resolved.references), version: { increment: 1 } },
    });
    if (count !== 1) return refuseEvent("conflict");
    await tx.eventSubsector.deleteMany({ where: { eventId } });
    await tx.eventSubsector.createMany({ data: data.subsectorIds.map((subsectorId) => ({ eventId, subsectorId })) });
    const after = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: eventSnapshotSelect });
    await recordAudit(tx, staff, {
      action: "event.update",
      entityType: "Event",
      entityId: eventId,
      before: toAuditSnapshot(before),
      after: toAuditSnapshot(after),
    });
    return {
      ok: true,
      eventId,
      slug: after.slug,
      affectedListings: await findAffectedListings(tx, eventId, [before.organiserListing]),
    };
  });
}

export type StaffStatusChange = "publish" | "cancel";

const statusChanges: Record<StaffStatusChange, { from: EventStatus[]; to: EventStatus }> = {
  // Proposals are published by approving them (lib/events/decide-event.ts), not here.
  publish: { from: ["CANCELLED", "REJECTED"], to: "PUBLISHED" },
  cancel: { from: ["PUBLISHED"], to: "CANCELLED" },
};

/** Staff cancel a published event (its page stays, marked cancelled) or publish a cancelled or rejected one. */
export async function changeEventStatus(
  staff: AuditActor,
  eventId: string,
  change: StaffStatusChange,
  expectedVersion: number,
): Promise<EventChangeResult> {
  assertStaff(staff);
  const { from, to } = statusChanges[change];
  return prisma.$transaction(async (tx): Promise<EventChangeResult> => {
    const current = await tx.event.findUnique({ where: { id: eventId }, select: { status: true, version: true } });
    if (!current) return refuseEvent("notFound");
    if (current.version !== expectedVersion) return refuseEvent("conflict");
    const { count } = await tx.event.updateMany({
      where: { id: eventId, version: expectedVersion, status: { in: from } },
      data: { status: to, version: { increment: 1 } },
    });
    if (count !== 1) return refuseEvent("alreadyHandled");
    const event = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { slug: true } });
    await recordAudit(tx, staff, {
      action: change === "publish" ? "event.publish" : "event.cancel",
      entityType: "Event",
      entityId: eventId,
      before: { status: current.status },
      after: { status: to },
    });
    return { ok: true, eventId, slug: event.slug, affectedListings: await findAffectedListings(tx, eventId) };
  });
}
