import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BoardFilters } from "./filters";
import type { OpenCollaborationRow } from "./open-data-schema";
import { boardWhere } from "./queries";

// Only the columns the serializer publishes (lib/collaboration/open-data-schema.ts); boardWhere starts from
// publicPostWhere, so hidden posts and posts of unpublished listings are never read here.
const openCollaborationSelect = {
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
  isSample: true,
  createdAt: true,
  listing: { select: { kind: true, slug: true, nameIndonesian: true, nameEn: true } },
  closedWith: { select: { kind: true, slug: true, nameIndonesian: true, nameEn: true, status: true } },
  subsectors: {
    orderBy: { subsector: { sortOrder: "asc" } },
    select: { role: true, subsector: { select: { slug: true } } },
  },
  _count: { select: { responses: true } },
} satisfies Prisma.CollaborationPostSelect;

/** A page of public posts for the open data, oldest first so pages stay stable while new posts arrive. */
export async function listOpenCollaborationPosts(
  filters: Omit<BoardFilters, "page">,
  page: number,
  perPage: number,
): Promise<{ rows: OpenCollaborationRow[]; total: number }> {
  const where = boardWhere({ ...filters, page });
  const [total, rows] = await Promise.all([
    prisma.collaborationPost.count({ where }),
    prisma.collaborationPost.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * perPage,
      take: perPage,
      select: openCollaborationSelect,
    }),
  ]);
  return { rows, total };
}
