import "server-only";
import { prisma } from "@/lib/db/client";
import { assertStaff } from "@/lib/auth/assert-role";
import type { AuditActor } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InboxItemKind } from "@/lib/generated/prisma/enums";
import { inboxItemKinds, type InboxFilters } from "./filters";

/** At most this many items of each kind are read; the counts are always exact. */
export const INBOX_KIND_LIMIT = 200;

export type InboxItem = {
  kind: InboxItemKind;
  id: string;
  /** The listing the item is about, the event's title, or the reported post's title. */
  name: string;
  /** Who sent it in (owner, visitor, proposer), when known. */
  from: string | null;
  /** Since when it waits: the oldest first. */
  waitingSince: Date;
  assignee: { id: string; name: string } | null;
};

type Where = {
  listing: Prisma.ListingWhereInput;
  event: Prisma.EventWhereInput;
};

/** The subsector and kecamatan filters as conditions on a listing and on an event. */
async function filterConditions(filters: InboxFilters): Promise<Where | null> {
  const listing: Prisma.ListingWhereInput[] = [];
  const event: Prisma.EventWhereInput[] = [];
  if (filters.subsectorSlug) {
    const subsector = await prisma.subsector.findUnique({
      where: { slug: filters.subsectorSlug },
      select: { id: true },
    });
    if (!subsector) return null;
    listing.push({
      OR: [{ primarySubsectorId: subsector.id }, { otherSubsectors: { some: { subsectorId: subsector.id } } }],
    });
    event.push({
      OR: [
        { subsectors: { some: { subsectorId: subsector.id } } },
        { organiserListing: { primarySubsectorId: subsector.id } },
      ],
    });
  }
  if (filters.kecamatan) {
    listing.push({ kecamatan: filters.kecamatan });
    event.push({ OR: [{ kecamatan: filters.kecamatan }, { organiserListing: { kecamatan: filters.kecamatan } }] });
  }
  return { listing: { AND: listing }, event: { AND: event } };
}

/** The "waiting for staff" condition of every kind, narrowed by the filters (none by default). */
export function pendingWhere(where: Where = { listing: {}, event: {} }) {
  return {
    NEW_LISTING: { status: "PENDING_REVIEW", ...where.listing } satisfies Prisma.ListingWhereInput,
    REVISION: { status: "PENDING", listing: where.listing } satisfies Prisma.ListingRevisionWhereInput,
    CLAIM: { status: "PENDING", listing: where.listing } satisfies Prisma.ListingClaimWhereInput,
    CERTIFICATION: {
      status: { in: ["APPLIED", "IN_REVIEW"] },
      listing: where.listing,
    } satisfies Prisma.CertificationWhereInput,
    EVENT: { status: "PENDING_REVIEW", ...where.event } satisfies Prisma.EventWhereInput,
    PROBLEM_REPORT: { status: "OPEN", listing: where.listing } satisfies Prisma.ProblemReportWhereInput,
    COLLABORATION_REPORT: {
      status: "OPEN",
      post: { listing: where.listing },
    } satisfies Prisma.CollaborationPostReportWhereInput,
    ENQUIRY: { isForStaff: true, answeredAt: null, listing: where.listing } satisfies Prisma.EnquiryWhereInput,
  } as const;
}

type Row = Omit<InboxItem, "assignee">;

async function readKind(kind: InboxItemKind, where: ReturnType<typeof pendingWhere>): Promise<Row[]> {
  const take = INBOX_KIND_LIMIT;
  switch (kind) {
    case "NEW_LISTING":
      return (
        await prisma.listing.findMany({
          where: where.NEW_LISTING,
          orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
          take,
          select: { id: true, nameIndonesian: true, updatedAt: true, createdBy: { select: { name: true } } },
        })
      ).map((row) => ({
        kind,
        id: row.id,
        name: row.nameIndonesian,
        from: row.createdBy?.name ?? null,
        waitingSince: row.updatedAt,
      }));
    case "REVISION":
      return (
        await prisma.listingRevision.findMany({
          where: where.REVISION,
          orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
          take,
          select: {
            id: true,
            updatedAt: true,
            author: { select: { name: true } },
            listing: { select: { nameIndonesian: true } },
          },
        })
      ).map((row) => ({
        kind,
        id: row.id,
        name: row.listing.nameIndonesian,
        from: row.author?.name ?? null,
        waitingSince: row.updatedAt,
      }));
    case "CLAIM":
      return (
        await prisma.listingClaim.findMany({
          where: where.CLAIM,
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          take,
          select: {
            id: true,
            createdAt: true,
            user: { select: { name: true } },
            listing: { select: { nameIndonesian: true } },
          },
        })
      ).map((row) => ({
        kind,
        id: row.id,
        name: row.listing.nameIndonesian,
        from: row.user.name,
        waitingSince: row.createdAt,
      }));
    case "CERTIFICATION":
      return (
        await prisma.certification.findMany({
          where: where.CERTIFICATION,
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          take,
          select: {
            id: true,
            createdAt: true,
            appliedBy: { select: { name: true } },
            listing: { select: { nameIndonesian: true } },
          },
        })
      ).map((row) => ({
        kind,
        id: row.id,
        name: row.listing.nameIndonesian,
        from: row.appliedBy?.name ?? null,
        waitingSince: row.createdAt,
      }));
    case "EVENT":
      return (
        await prisma.event.findMany({
          where: where.EVENT,
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          take,
          select: { id: true, titleIndonesian: true, createdAt: true, proposedBy: { select: { name: true } } },
        })
      ).map((row) => ({
        kind,
        id: row.id,
        name: row.titleIndonesian,
        from: row.proposedBy?.name ?? null,
        waitingSince: row.createdAt,
      }));
    case "PROBLEM_REPORT":
      return (
        await prisma.problemReport.findMany({
          where: where.PROBLEM_REPORT,
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          take,
          // The reporter's address is private to the report's page; the inbox names no one.
          select: { id: true, createdAt: true, listing: { select: { nameIndonesian: true } } },
        })
      ).map((row) => ({ kind, id: row.id, name: row.listing.nameIndonesian, from: null, waitingSince: row.createdAt }));
    case "COLLABORATION_REPORT":
      return (
        await prisma.collaborationPostReport.findMany({
          where: where.COLLABORATION_REPORT,
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          take,
          // Shown under the post's title; like a problem report, it names no reporter.
          select: { id: true, createdAt: true, post: { select: { title: true } } },
        })
      ).map((row) => ({ kind, id: row.id, name: row.post.title, from: null, waitingSince: row.createdAt }));
    case "ENQUIRY":
      return (
        await prisma.enquiry.findMany({
          where: where.ENQUIRY,
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          take,
          select: { id: true, createdAt: true, senderName: true, listing: { select: { nameIndonesian: true } } },
        })
      ).map((row) => ({
        kind,
        id: row.id,
        name: row.listing.nameIndonesian,
        from: row.senderName,
        waitingSince: row.createdAt,
      }));
  }
}

async function countKind(kind: InboxItemKind, where: ReturnType<typeof pendingWhere>): Promise<number> {
  switch (kind) {
    case "NEW_LISTING":
      return prisma.listing.count({ where: where.NEW_LISTING });
    case "REVISION":
      return prisma.listingRevision.count({ where: where.REVISION });
    case "CLAIM":
      return prisma.listingClaim.count({ where: where.CLAIM });
    case "CERTIFICATION":
      return prisma.certification.count({ where: where.CERTIFICATION });
    case "EVENT":
      return prisma.event.count({ where: where.EVENT });
    case "PROBLEM_REPORT":
      return prisma.problemReport.count({ where: where.PROBLEM_REPORT });
    case "COLLABORATION_REPORT":
      return prisma.collaborationPostReport.count({ where: where.COLLABORATION_REPORT });
    case "ENQUIRY":
      return prisma.enquiry.count({ where: where.ENQUIRY });
  }
}

const noCounts = () => Object.fromEntries(inboxItemKinds.map((kind) => [kind, 0])) as Record<InboxItemKind, number>;

/**
 * Everything waiting for staff, oldest first, with who is handling each item; and the count of each kind under the
 * subsector and kecamatan filters (the kind filter narrows the list, not the counts, so the kind links stay useful).
 */
export async function listInboxItems(actor: AuditActor | null, filters: InboxFilters) {
  assertStaff(actor);
  const conditions = await filterConditions(filters);
  if (!conditions) return { items: [] as InboxItem[], counts: noCounts(), total: 0 };
  const where = pendingWhere(conditions);
  const kinds: readonly InboxItemKind[] = filters.kind ? [filters.kind] : inboxItemKinds;
  const [rowsByKind, countList] = await Promise.all([
    Promise.all(kinds.map((kind) => readKind(kind, where))),
    Promise.all(inboxItemKinds.map((kind) => countKind(kind, where))),
  ]);
  const rows = rowsByKind
    .flat()
    .sort((a, b) => a.waitingSince.getTime() - b.waitingSince.getTime() || a.id.localeCompare(b.id));
  const counts = Object.fromEntries(inboxItemKinds.map((kind, index) => [kind, countList[index]])) as Record<
    InboxItemKind,
    number
  >;
  const total = kinds.reduce((sum: number, kind) => sum + counts[kind], 0);
  return { items: await withAssignees(rows), counts, total };
}

async function withAssignees(rows: Row[]): Promise<InboxItem[]> {
  if (rows.length === 0) return [];
  const assignments = await prisma.inboxAssignment.findMany({
    where: { itemId: { in: rows.map((row) => row.id) } },
    select: { itemKind: true, itemId: true, user: { select: { id: true, name: true } } },
  });
  const byItem = new Map(assignments.map((entry) => [`${entry.itemKind}:${entry.itemId}`, entry.user]));
  return rows.map((row) => ({ ...row, assignee: byItem.get(`${row.kind}:${row.id}`) ?? null }));
}

/**
 * The item to go on with after a decision: the oldest one under the kind filter that no other official has taken
 * (the actor's own come first only by age, like the rest). Null when nothing is left.
 */
export async function getNextInboxItem(
  actor: AuditActor | null,
  kind: InboxItemKind | null,
): Promise<InboxItem | null> {
  assertStaff(actor);
  const { items } = await listInboxItems(actor, { kind, subsectorSlug: null, kecamatan: null });
  return items.find((item) => !item.assignee || item.assignee.id === actor.id) ?? null;
}

/**
 * The name an item is shown under (listing name, the event's or the reported post's title), decided or not; null
 * when it is gone.
 */
export async function getInboxItemName(
  actor: AuditActor | null,
  kind: InboxItemKind,
  id: string,
): Promise<string | null> {
  assertStaff(actor);
  const listingName = { select: { listing: { select: { nameIndonesian: true } } } } as const;
  switch (kind) {
    case "NEW_LISTING":
      return (
        (await prisma.listing.findUnique({ where: { id }, select: { nameIndonesian: true } }))?.nameIndonesian ?? null
      );
    case "REVISION":
      return (
        (await prisma.listingRevision.findUnique({ where: { id }, ...listingName }))?.listing.nameIndonesian ?? null
      );
    case "CLAIM":
      return (await prisma.listingClaim.findUnique({ where: { id }, ...listingName }))?.listing.nameIndonesian ?? null;
    case "CERTIFICATION":
      return (await prisma.certification.findUnique({ where: { id }, ...listingName }))?.listing.nameIndonesian ?? null;
    case "EVENT":
      return (
        (await prisma.event.findUnique({ where: { id }, select: { titleIndonesian: true } }))?.titleIndonesian ?? null
      );
    case "PROBLEM_REPORT":
      return (await prisma.problemReport.findUnique({ where: { id }, ...listingName }))?.listing.nameIndonesian ?? null;
    case "COLLABORATION_REPORT":
      return (
        (
          await prisma.collaborationPostReport.findUnique({
            where: { id },
            select: { post: { select: { title: true } } },
          })
        )?.post.title ?? null
      );
    case "ENQUIRY":
      return (await prisma.enquiry.findUnique({ where: { id }, ...listingName }))?.listing.nameIndonesian ?? null;
  }
}

/** Who handles one item, for its page. */
export async function getInboxAssignee(actor: AuditActor | null, kind: InboxItemKind, id: string) {
  assertStaff(actor);
  const assignment = await prisma.inboxAssignment.findUnique({
    where: { itemKind_itemId: { itemKind: kind, itemId: id } },
    select: { user: { select: { id: true, name: true } } },
  });
  return assignment?.user ?? null;
}

/** A message to a listing without managers, for the official answering it. Null for any other message. */
export async function getStaffEnquiry(actor: AuditActor | null, enquiryId: string) {
  assertStaff(actor);
  return prisma.enquiry.findFirst({
    where: { id: enquiryId, isForStaff: true },
    select: {
      id: true,
      senderName: true,
      senderEmail: true,
      message: true,
      locale: true,
      createdAt: true,
      answer: true,
      answeredAt: true,
      answeredBy: { select: { name: true } },
      listing: { select: { id: true, kind: true, slug: true, nameIndonesian: true, status: true } },
    },
  });
}

/** How many items of each kind wait, unfiltered: the admin overview's counts, each linking to its inbox filter. */
export async function countInboxItems(actor: AuditActor | null): Promise<Record<InboxItemKind, number>> {
  assertStaff(actor);
  const where = pendingWhere();
  const counts = await Promise.all(inboxItemKinds.map((kind) => countKind(kind, where)));
  return Object.fromEntries(inboxItemKinds.map((kind, index) => [kind, counts[index]])) as Record<
    InboxItemKind,
    number
  >;
}
