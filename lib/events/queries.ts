import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListingKind } from "@/lib/generated/prisma/enums";
import { assertStaff } from "@/lib/auth/assert-role";
import type { AuditActor } from "@/lib/audit/record-audit";
import { toHttpUrl } from "@/lib/listings/queries";
import {
  PUBLIC_EVENTS_PAGE_SIZE,
  STAFF_EVENTS_PAGE_SIZE,
  type PublicEventFilters,
  type StaffEventFilters,
} from "./filters";
import { isTrainingEventType } from "./schemas";

// Public functions show published events only (cancelled ones keep their page, marked as such); organisers and
// participants are shown only when their listing is published. Staff functions check the actor themselves;
// owner functions are scoped to the listings the user manages.

const organiserSelect = {
  organiserName: true,
  organiserListing: {
    select: { kind: true, slug: true, nameIndonesian: true, nameEn: true, status: true, isSample: true },
  },
} as const;

const subsectorsSelect = {
  subsectors: {
    select: { subsector: { select: { slug: true, nameIndonesian: true, nameEn: true, sortOrder: true } } },
  },
} as const;

const eventCardSelect = {
  id: true,
  slug: true,
  type: true,
  status: true,
  titleIndonesian: true,
  titleEn: true,
  startsAt: true,
  endsAt: true,
  venue: true,
  kecamatan: true,
  isOnline: true,
  isSample: true,
  programme: { select: { slug: true, nameIndonesian: true, nameEn: true } },
  ...organiserSelect,
  ...subsectorsSelect,
} satisfies Prisma.EventSelect;

type OrganiserRow = {
  organiserName: string | null;
  organiserListing: {
    kind: ListingKind;
    slug: string;
    nameIndonesian: string;
    nameEn: string | null;
    status: string;
    isSample: boolean;
  } | null;
};

export type EventOrganiser =
  | { listing: { kind: ListingKind; slug: string; nameIndonesian: string; nameEn: string | null; isSample: boolean } }
  | { name: string };

/** The organiser as the public may see it: a published listing (linked), or the organiser's name, or nothing. */
function toPublicOrganiser(row: OrganiserRow): EventOrganiser | null {
  const listing = row.organiserListing;
  if (listing && listing.status === "PUBLISHED") {
    const { kind, slug, nameIndonesian, nameEn, isSample } = listing;
    return { listing: { kind, slug, nameIndonesian, nameEn, isSample } };
  }
  return row.organiserName ? { name: row.organiserName } : null;
}

type SubsectorRow = { subsector: { slug: string; nameIndonesian: string; nameEn: string; sortOrder: number } };

const toSubsectors = (rows: SubsectorRow[]) =>
  rows
    .map(({ subsector }) => subsector)
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map(({ slug, nameIndonesian, nameEn }) => ({ slug, nameIndonesian, nameEn }));

function toEventCard<T extends OrganiserRow & { subsectors: SubsectorRow[] }>(row: T) {
  const { organiserName, organiserListing, subsectors, ...rest } = row;
  return {
    ...rest,
    organiser: toPublicOrganiser({ organiserName, organiserListing }),
    subsectors: toSubsectors(subsectors),
  };
}

export type EventCard = ReturnType<typeof toEventCard<Prisma.EventGetPayload<{ select: typeof eventCardSelect }>>>;

/** Upcoming = not yet over (an event running now is still upcoming); past = already ended. */
function timeframeWhere(timeframe: PublicEventFilters["timeframe"], now: Date): Prisma.EventWhereInput {
  return timeframe === "past" ? { endsAt: { lt: now } } : { endsAt: { gte: now } };
}

export async function listPublicEvents(filters: PublicEventFilters, now: Date = new Date()) {
  const conditions: Prisma.EventWhereInput[] = [{ status: "PUBLISHED" }, timeframeWhere(filters.timeframe, now)];
  if (filters.type) conditions.push({ type: filters.type });
  if (filters.subsectorSlug) conditions.push({ subsectors: { some: { subsector: { slug: filters.subsectorSlug } } } });
  if (filters.programmeSlug) conditions.push({ programme: { slug: filters.programmeSlug } });
  const where: Prisma.EventWhereInput = { AND: conditions };
  const order = filters.timeframe === "past" ? "desc" : "asc";
  const total = await prisma.event.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PUBLIC_EVENTS_PAGE_SIZE));
  const rows =
    filters.page > pageCount
      ? []
      : await prisma.event.findMany({
          where,
          orderBy: [{ startsAt: order }, { id: "asc" }],
          skip: (filters.page - 1) * PUBLIC_EVENTS_PAGE_SIZE,
          take: PUBLIC_EVENTS_PAGE_SIZE,
          select: eventCardSelect,
        });
  return {
    events: rows.map(toEventCard),
    total,
    page: filters.page,
    pageCount,
    isPageOutOfRange: total > 0 && filters.page > pageCount,
  };
}

/** Choices of the public filters: the subsectors, and programmes that are active or have a published event. */
export async function listEventFilterOptions() {
  const [subsectors, programmes] = await Promise.all([
    prisma.subsector.findMany({
      orderBy: { sortOrder: "asc" },
      select: { slug: true, nameIndonesian: true, nameEn: true },
    }),
    prisma.programme.findMany({
      where: { OR: [{ isActive: true }, { events: { some: { status: "PUBLISHED" } } }] },
      orderBy: [{ year: "desc" }, { nameIndonesian: "asc" }],
      select: { slug: true, nameIndonesian: true, nameEn: true, year: true },
    }),
  ]);
  return { subsectors, programmes };
}

/** An event's public page: published or cancelled events; participants of past training events (published). */
export async function getPublicEvent(slug: string, now: Date = new Date()) {
  const row = await prisma.event.findFirst({
    where: { slug, status: { in: ["PUBLISHED", "CANCELLED"] } },
    select: {
      ...eventCardSelect,
      descriptionIndonesian: true,
      descriptionEn: true,
      registrationUrl: true,
      updatedAt: true,
      programme: { select: { slug: true, nameIndonesian: true, nameEn: true, year: true, organiserName: true } },
      participations: {
        where: { listing: { status: "PUBLISHED" } },
        orderBy: { listing: { nameIndonesian: "asc" } },
        select: {
          listing: { select: { id: true, kind: true, slug: true, nameIndonesian: true, nameEn: true, isSample: true } },
        },
      },
    },
  });
  if (!row) return null;
  const { participations, registrationUrl, ...rest } = row;
  const isPast = row.endsAt < now;
  return {
    ...toEventCard(rest),
    registrationUrl: toHttpUrl(registrationUrl),
    isPast,
    participants: isPast && isTrainingEventType(row.type) ? participations.map(({ listing }) => listing) : [],
  };
}

export type PublicEvent = NonNullable<Awaited<ReturnType<typeof getPublicEvent>>>;

/** Upcoming published events, soonest first (the home page's "coming up"). */
export async function listUpcomingEvents(limit = 3, now: Date = new Date()) {
  const rows = await prisma.event.findMany({
    where: { status: "PUBLISHED", endsAt: { gte: now } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: limit,
    select: eventCardSelect,
  });
  return rows.map(toEventCard);
}

/** Upcoming published events of a subsector, soonest first (the subsector page's "related events"). */
export async function listUpcomingEventsForSubsector(subsectorSlug: string, limit = 4, now: Date = new Date()) {
  const rows = await prisma.event.findMany({
    where: { status: "PUBLISHED", endsAt: { gte: now }, subsectors: { some: { subsector: { slug: subsectorSlug } } } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: limit,
    select: eventCardSelect,
  });
  return rows.map(toEventCard);
}

/** How far back the calendar feed reaches: a year of past events is plenty for a subscribed calendar. */
const FEED_PAST_DAYS = 365;
const FEED_MAX_EVENTS = 1000;

/** Published events for the iCalendar feed: everything upcoming and the last year's past events. */
export async function listEventsForFeed(now: Date = new Date()) {
  const since = new Date(now.getTime() - FEED_PAST_DAYS * 24 * 60 * 60 * 1000);
  const rows = await prisma.event.findMany({
    where: { status: "PUBLISHED", endsAt: { gte: since } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: FEED_MAX_EVENTS,
    select: {
      id: true,
      slug: true,
      type: true,
      titleIndonesian: true,
      descriptionIndonesian: true,
      startsAt: true,
      endsAt: true,
      venue: true,
      kecamatan: true,
      isOnline: true,
      isSample: true,
      registrationUrl: true,
      version: true,
      updatedAt: true,
      ...organiserSelect,
    },
  });
  return rows.map(({ organiserName, organiserListing, registrationUrl, ...rest }) => ({
    ...rest,
    registrationUrl: toHttpUrl(registrationUrl),
    organiser: toPublicOrganiser({ organiserName, organiserListing }),
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// Staff

export async function listEventsForStaff(actor: AuditActor | null, filters: StaffEventFilters) {
  assertStaff(actor);
  const conditions: Prisma.EventWhereInput[] = [];
  if (filters.status) conditions.push({ status: filters.status });
  if (filters.q) {
    conditions.push({
      OR: [
        { titleIndonesian: { contains: filters.q, mode: "insensitive" } },
        { titleEn: { contains: filters.q, mode: "insensitive" } },
        { organiserName: { contains: filters.q, mode: "insensitive" } },
        { organiserListing: { nameIndonesian: { contains: filters.q, mode: "insensitive" } } },
      ],
    });
  }
  const where: Prisma.EventWhereInput = { AND: conditions };
  const [total, pendingCount, events] = await Promise.all([
    prisma.event.count({ where }),
    prisma.event.count({ where: { status: "PENDING_REVIEW" } }),
    prisma.event.findMany({
      where,
      // Proposals waiting for a decision first, then by date, newest first.
      orderBy: [{ status: "asc" }, { startsAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * STAFF_EVENTS_PAGE_SIZE,
      take: STAFF_EVENTS_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        type: true,
        status: true,
        titleIndonesian: true,
        titleEn: true,
        startsAt: true,
        endsAt: true,
        isSample: true,
        organiserName: true,
        organiserListing: { select: { nameIndonesian: true, nameEn: true } },
        _count: { select: { participations: true } },
      },
    }),
  ]);
  return {
    total,
    pendingCount,
    events,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / STAFF_EVENTS_PAGE_SIZE)),
  };
}

export async function getEventForStaff(actor: AuditActor | null, eventId: string) {
  assertStaff(actor);
  const event = await prisma.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      slug: true,
      type: true,
      status: true,
      titleIndonesian: true,
      titleEn: true,
      descriptionIndonesian: true,
      descriptionEn: true,
      programmeId: true,
      organiserName: true,
      venue: true,
      kecamatan: true,
      isOnline: true,
      startsAt: true,
      endsAt: true,
      registrationUrl: true,
      reviewNote: true,
      isSample: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      programme: { select: { nameIndonesian: true, nameEn: true, year: true } },
      organiserListing: {
        select: { id: true, kind: true, slug: true, nameIndonesian: true, nameEn: true, status: true, isSample: true },
      },
      proposedBy: { select: { name: true, email: true } },
      subsectors: { select: { subsectorId: true } },
      participations: {
        orderBy: [{ createdAt: "asc" }, { listingId: "asc" }],
        select: {
          createdAt: true,
          listing: {
            select: {
              id: true,
              kind: true,
              slug: true,
              nameIndonesian: true,
              nameEn: true,
              status: true,
              isSample: true,
            },
          },
        },
      },
    },
  });
  if (!event) return null;
  const { subsectors, ...rest } = event;
  return { ...rest, subsectorIds: subsectors.map((row) => row.subsectorId) };
}

export type StaffEvent = NonNullable<Awaited<ReturnType<typeof getEventForStaff>>>;

/** Published listings whose name matches, for recording participants; those already recorded are left out. */
export async function searchListingsForParticipation(actor: AuditActor | null, eventId: string, q: string) {
  assertStaff(actor);
  const query = q.trim().slice(0, 100);
  if (!query) return [];
  return prisma.listing.findMany({
    where: {
      status: "PUBLISHED",
      participations: { none: { eventId } },
      OR: [
        { nameIndonesian: { contains: query, mode: "insensitive" } },
        { nameEn: { contains: query, mode: "insensitive" } },
      ],
    },
    orderBy: [{ nameIndonesian: "asc" }, { id: "asc" }],
    take: 20,
    select: { id: true, kind: true, nameIndonesian: true, nameEn: true, isSample: true },
  });
}

/** Published listings an event may name as organiser (the staff form's suggestions, by slug). */
export async function listOrganiserOptions(actor: AuditActor | null) {
  assertStaff(actor);
  return prisma.listing.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ nameIndonesian: "asc" }, { id: "asc" }],
    take: 5000,
    select: { slug: true, nameIndonesian: true, kind: true },
  });
}

/** Programmes an event may belong to: the active ones, plus the event's current one even when inactive. */
export async function listProgrammeOptions(actor: AuditActor | null, currentProgrammeId?: string | null) {
  assertStaff(actor);
  return prisma.programme.findMany({
    where: { OR: [{ isActive: true }, ...(currentProgrammeId ? [{ id: currentProgrammeId }] : [])] },
    orderBy: [{ year: "desc" }, { nameIndonesian: "asc" }],
    select: { id: true, nameIndonesian: true, nameEn: true, year: true },
  });
}

export async function listProgrammesForStaff(actor: AuditActor | null) {
  assertStaff(actor);
  return prisma.programme.findMany({
    orderBy: [{ isActive: "desc" }, { year: "desc" }, { nameIndonesian: "asc" }],
    select: {
      id: true,
      slug: true,
      nameIndonesian: true,
      nameEn: true,
      year: true,
      organiserName: true,
      isActive: true,
      _count: { select: { events: true } },
    },
  });
}

export async function getProgrammeForStaff(actor: AuditActor | null, programmeId: string) {
  assertStaff(actor);
  return prisma.programme.findUnique({
    where: { id: programmeId },
    select: {
      id: true,
      slug: true,
      nameIndonesian: true,
      nameEn: true,
      year: true,
      organiserName: true,
      descriptionIndonesian: true,
      descriptionEn: true,
      isActive: true,
      updatedAt: true,
      events: {
        orderBy: [{ startsAt: "desc" }, { id: "asc" }],
        take: 100,
        select: { id: true, titleIndonesian: true, titleEn: true, status: true, startsAt: true, isSample: true },
      },
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Owners

/** The user's published listings: the organisers they may propose an event for. */
export async function listProposableListings(userId: string) {
  return prisma.listing.findMany({
    where: { status: "PUBLISHED", managers: { some: { userId } } },
    orderBy: { nameIndonesian: "asc" },
    select: { id: true, nameIndonesian: true, nameEn: true },
  });
}

/** Events the user proposed, with staff's decision and note. */
export async function listMyEventProposals(userId: string) {
  return prisma.event.findMany({
    where: { proposedById: userId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 50,
    select: {
      id: true,
      slug: true,
      status: true,
      titleIndonesian: true,
      titleEn: true,
      startsAt: true,
      reviewNote: true,
      organiserListing: { select: { nameIndonesian: true, nameEn: true } },
    },
  });
}
