import "server-only";
import type { AuditActor } from "@/lib/audit/record-audit";
import { assertStaff } from "@/lib/auth/assert-role";
import { prisma } from "@/lib/db/client";
import { isStaffRole } from "@/lib/auth/permissions";
import { validCertificationWhere } from "@/lib/certifications/validity";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Kecamatan, UserRole } from "@/lib/generated/prisma/enums";
import { BOARD_PAGE_SIZE, type BoardFilters } from "./filters";
import { rankListingsForPost, rankPostsForListings, type ListingForMatching } from "./suggestions";
import { closedPostWhere, openPostWhere, publicPostWhere } from "./visibility";

export const POST_SUGGESTION_LIMIT = 6;
export const DASHBOARD_MATCH_LIMIT = 8;
export const STAFF_PAGE_SIZE = 20;

const subsectorsSelect = {
  orderBy: [{ role: "asc" }, { subsector: { sortOrder: "asc" } }],
  select: { role: true, subsector: { select: { id: true, slug: true, nameIndonesian: true, nameEn: true } } },
} satisfies Prisma.CollaborationPost$subsectorsArgs;

const listingLinkSelect = {
  id: true,
  kind: true,
  slug: true,
  nameIndonesian: true,
  nameEn: true,
  status: true,
} as const;

/** The 17 subsectors by id, for naming the subsectors in suggestion reasons and forms. */
export async function listSubsectorNames() {
  return prisma.subsector.findMany({
    orderBy: { sortOrder: "asc" },
    select: { id: true, slug: true, nameIndonesian: true, nameEn: true },
  });
}

export function boardWhere(filters: BoardFilters): Prisma.CollaborationPostWhereInput {
  const conditions: Prisma.CollaborationPostWhereInput[] = [publicPostWhere()];
  if (filters.status === "buka") conditions.push(openPostWhere());
  if (filters.status === "tutup") conditions.push(closedPostWhere());
  if (filters.kind) conditions.push({ kind: filters.kind });
  if (filters.location === "ONLINE") conditions.push({ isOnline: true });
  else if (filters.location) conditions.push({ kecamatan: filters.location });
  if (filters.subsector) conditions.push({ subsectors: { some: { subsector: { slug: filters.subsector } } } });
  return { AND: conditions };
}

/** A page of the public board, newest first. Hidden posts and posts of unpublished listings never appear. */
export async function listPublicPosts(filters: BoardFilters) {
  const where = boardWhere(filters);
  const total = await prisma.collaborationPost.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / BOARD_PAGE_SIZE));
  const posts = await prisma.collaborationPost.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (filters.page - 1) * BOARD_PAGE_SIZE,
    take: BOARD_PAGE_SIZE,
    select: {
      id: true,
      kind: true,
      status: true,
      title: true,
      description: true,
      kecamatan: true,
      isOnline: true,
      deadline: true,
      outcome: true,
      isSample: true,
      createdAt: true,
      listing: { select: listingLinkSelect },
      subsectors: subsectorsSelect,
      _count: { select: { responses: true } },
    },
  });
  return { posts, total, page: filters.page, pageCount, isPageOutOfRange: filters.page > pageCount };
}

type Viewer = { id: string; role: UserRole } | null;

/**
 * A post as the viewer may see it: public posts for everyone; a hidden post (or one whose listing is no longer
 * published) only for the managers of its listing and for staff. `isPoster` says whether the viewer manages
 * the listing it was posted for.
 */
export async function getPostForViewer(postId: string, viewer: Viewer) {
  const scope: Prisma.CollaborationPostWhereInput =
    viewer && isStaffRole(viewer.role)
      ? {}
      : viewer
        ? { OR: [publicPostWhere(), { listing: { managers: { some: { userId: viewer.id } } } }] }
        : publicPostWhere();
  const post = await prisma.collaborationPost.findFirst({
    where: { AND: [{ id: postId }, scope] },
    select: {
      id: true,
      kind: true,
      status: true,
      title: true,
      description: true,
      kecamatan: true,
      isOnline: true,
      deadline: true,
      outcome: true,
      outcomeNote: true,
      closedAt: true,
      isHidden: true,
      hiddenNote: true,
      isSample: true,
      createdAt: true,
      listingId: true,
      listing: { select: { ...listingLinkSelect, primarySubsectorId: true } },
      closedWith: { select: listingLinkSelect },
      subsectors: subsectorsSelect,
      _count: { select: { responses: true } },
    },
  });
  if (!post) return null;
  const isPoster = viewer
    ? (await prisma.listingManager.count({ where: { listingId: post.listingId, userId: viewer.id } })) > 0
    : false;
  return { ...post, isPoster };
}

const listingForMatchingSelect = {
  id: true,
  kind: true,
  slug: true,
  nameIndonesian: true,
  nameEn: true,
  isSample: true,
  primarySubsectorId: true,
  kecamatan: true,
  lastVerifiedAt: true,
  otherSubsectors: { select: { subsectorId: true } },
  certifications: { where: validCertificationWhere(), select: { id: true }, take: 1 },
} satisfies Prisma.ListingSelect;

type ListingForMatchingRow = Prisma.ListingGetPayload<{ select: typeof listingForMatchingSelect }>;

function toMatching(row: ListingForMatchingRow) {
  const { otherSubsectors, certifications, ...rest } = row;
  return {
    ...rest,
    otherSubsectorIds: otherSubsectors.map((other) => other.subsectorId),
    hasValidCertification: certifications.length > 0,
  } satisfies ListingForMatching;
}

/**
 * The published listings that fit a post best, with why. Bounded: three small candidate queries (certified
 * listings of a wanted main subsector, any listing of one, listings that have one as another subsector) are
 * merged and ranked in memory by `rankListingsForPost`.
 */
export async function listSuggestedListings(
  post: { listingId: string; kecamatan: Kecamatan | null; wantedSubsectorIds: string[] },
  now: Date = new Date(),
) {
  if (post.wantedSubsectorIds.length === 0) return [];
  const base = { status: "PUBLISHED" as const, id: { not: post.listingId } };
  const byMain = { ...base, primarySubsectorId: { in: post.wantedSubsectorIds } };
  const orderBy = [{ lastVerifiedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }] as const;
  const query = (where: Prisma.ListingWhereInput, take: number) =>
    prisma.listing.findMany({ where, orderBy: [...orderBy], take, select: listingForMatchingSelect });
  const [certified, main, other] = await Promise.all([
    query({ ...byMain, certifications: { some: validCertificationWhere() } }, 24),
    query(byMain, 48),
    query({ ...base, otherSubsectors: { some: { subsectorId: { in: post.wantedSubsectorIds } } } }, 24),
  ]);
  const unique = new Map([...certified, ...main, ...other].map((row) => [row.id, toMatching(row)]));
  return rankListingsForPost(
    { wantedSubsectorIds: post.wantedSubsectorIds, kecamatan: post.kecamatan },
    [...unique.values()],
    { limit: POST_SUGGESTION_LIMIT, now },
  );
}

/**
 * For the owner's dashboard: open posts by others that fit one of the user's published listings, best first,
 * each with the listing it fits and why. Bounded to the newest matching posts.
 */
export async function listMatchingOpenPosts(userId: string, now: Date = new Date()) {
  const myListings = (
    await prisma.listing.findMany({
      where: { status: "PUBLISHED", managers: { some: { userId } } },
      orderBy: { nameIndonesian: "asc" },
      select: listingForMatchingSelect,
    })
  ).map(toMatching);
  if (myListings.length === 0) return { hasListings: false, matches: [] };
  const myListingIds = myListings.map((listing) => listing.id);
  const mySubsectorIds = [...new Set(myListings.flatMap((l) => [l.primarySubsectorId, ...l.otherSubsectorIds]))];
  const posts = await prisma.collaborationPost.findMany({
    where: {
      AND: [
        publicPostWhere(),
        openPostWhere(),
        { listingId: { notIn: myListingIds } },
        { subsectors: { some: { role: "WANTED", subsectorId: { in: mySubsectorIds } } } },
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 60,
    select: {
      id: true,
      kind: true,
      title: true,
      kecamatan: true,
      isOnline: true,
      deadline: true,
      isSample: true,
      createdAt: true,
      listing: { select: { nameIndonesian: true, nameEn: true } },
      subsectors: { where: { role: "WANTED" }, select: { subsectorId: true } },
      responses: { where: { listingId: { in: myListingIds } }, select: { listingId: true } },
    },
  });
  const ranked = rankPostsForListings(
    posts.map((post) => ({ ...post, wantedSubsectorIds: post.subsectors.map((s) => s.subsectorId) })),
    myListings,
    { limit: DASHBOARD_MATCH_LIMIT, now },
  ).map(({ post, listing, fit }) => ({
    post: {
      id: post.id,
      kind: post.kind,
      title: post.title,
      kecamatan: post.kecamatan,
      isOnline: post.isOnline,
      deadline: post.deadline,
      isSample: post.isSample,
      listing: post.listing,
    },
    listing: { id: listing.id, nameIndonesian: listing.nameIndonesian, nameEn: listing.nameEn },
    fit,
    hasResponded: post.responses.some((response) => response.listingId === listing.id),
  }));
  return { hasListings: true, matches: ranked };
}

/** The posts made for the listings the user manages, hidden ones included, newest first. */
export async function listMyPosts(userId: string) {
  return prisma.collaborationPost.findMany({
    where: { listing: { managers: { some: { userId } } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 20,
    select: {
      id: true,
      kind: true,
      status: true,
      title: true,
      deadline: true,
      isHidden: true,
      outcome: true,
      listing: { select: { nameIndonesian: true, nameEn: true } },
      _count: { select: { responses: true } },
    },
  });
}

/** Whether the user may post at all: the published listings they manage. */
export async function listPostableListings(userId: string) {
  return prisma.listing.findMany({
    where: { status: "PUBLISHED", managers: { some: { userId } } },
    orderBy: { nameIndonesian: "asc" },
    select: { id: true, nameIndonesian: true, nameEn: true },
  });
}

/**
 * The user's published listings that could answer this post, with their earlier response if any. Empty for
 * the post's own listing.
 */
export async function listRespondingListings(userId: string, post: { id: string; listingId: string }) {
  return prisma.listing.findMany({
    where: { status: "PUBLISHED", managers: { some: { userId } }, id: { not: post.listingId } },
    orderBy: { nameIndonesian: "asc" },
    select: {
      id: true,
      nameIndonesian: true,
      nameEn: true,
      collaborationResponses: { where: { postId: post.id }, select: { status: true, createdAt: true } },
    },
  });
}

/**
 * The responses to a post, for its poster (a manager of the post's listing; empty for anyone else). The
 * responder's personal contact details (the account's name and email) are read in a second query that only
 * matches accepted responses, so they cannot reach the page before the poster accepts.
 */
export async function listResponsesForPoster(userId: string, postId: string) {
  const where = { postId, post: { listing: { managers: { some: { userId } } } } };
  const [responses, accepted] = await Promise.all([
    prisma.collaborationResponse.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        message: true,
        status: true,
        createdAt: true,
        decidedAt: true,
        listing: {
          select: {
            ...listingLinkSelect,
            primarySubsector: { select: { nameIndonesian: true, nameEn: true } },
          },
        },
      },
    }),
    prisma.collaborationResponse.findMany({
      where: { ...where, status: "ACCEPTED" },
      select: {
        id: true,
        author: { select: { name: true, email: true } },
        listing: { select: { email: true, phone: true, whatsappNumber: true } },
      },
    }),
  ]);
  const contacts = new Map(
    accepted.map((row) => [
      row.id,
      {
        name: row.author?.name ?? null,
        email: row.author?.email ?? null,
        listingEmail: row.listing.email,
        listingPhone: row.listing.phone,
        listingWhatsapp: row.listing.whatsappNumber,
      },
    ]),
  );
  return responses.map((response) => ({ ...response, contact: contacts.get(response.id) ?? null }));
}

export type StaffPostFilter = "semua" | "tersembunyi";

/** Every post for staff, hidden ones included, newest first. */
export async function listPostsForStaff(actor: AuditActor | null, filter: StaffPostFilter, page: number) {
  assertStaff(actor);
  const where: Prisma.CollaborationPostWhereInput = filter === "tersembunyi" ? { isHidden: true } : {};
  const total = await prisma.collaborationPost.count({ where });
  const posts = await prisma.collaborationPost.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (Math.max(1, page) - 1) * STAFF_PAGE_SIZE,
    take: STAFF_PAGE_SIZE,
    select: {
      id: true,
      kind: true,
      status: true,
      title: true,
      description: true,
      isHidden: true,
      hiddenNote: true,
      isSample: true,
      createdAt: true,
      listing: { select: listingLinkSelect },
      author: { select: { name: true } },
      _count: { select: { responses: true } },
    },
  });
  return { posts, total, pageCount: Math.max(1, Math.ceil(total / STAFF_PAGE_SIZE)) };
}
