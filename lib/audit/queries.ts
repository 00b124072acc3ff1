import "server-only";
import { prisma } from "@/lib/db/client";
import { assertStaff } from "@/lib/auth/assert-role";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { AUDIT_PAGE_SIZE, toInstantRange, type AuditFilters } from "./filters";

type Actor = { id: string; role: UserRole };

const entrySelect = {
  id: true,
  actorId: true,
  actorRole: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  createdAt: true,
} satisfies Prisma.AuditLogSelect;

type EntryRow = Prisma.AuditLogGetPayload<{ select: typeof entrySelect }>;

/** Adds who each actor is: AuditLog.actorId has no foreign key (deleting an account never rewrites history). */
async function withActors(rows: EntryRow[]) {
  const actorIds = [...new Set(rows.flatMap((row) => (row.actorId ? [row.actorId] : [])))];
  const actors = actorIds.length
    ? await prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } })
    : [];
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  return rows.map((row) => ({ ...row, actor: row.actorId ? (byId.get(row.actorId) ?? null) : null }));
}

export type AuditEntryView = Awaited<ReturnType<typeof withActors>>[number];

/** The audit log for staff, newest first, 50 per page. An actor email without an account matches nothing. */
export async function listAuditEntries(actor: Actor | null, filters: AuditFilters) {
  assertStaff(actor);
  let actorId: string | undefined;
  if (filters.actorEmail) {
    const user = await prisma.user.findUnique({ where: { email: filters.actorEmail }, select: { id: true } });
    if (!user) return { entries: [], total: 0, pageCount: 1, isUnknownActor: true };
    actorId = user.id;
  }
  const range = toInstantRange(filters);
  const where: Prisma.AuditLogWhereInput = {
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(actorId ? { actorId } : {}),
    // "user." finds every user action; a full name finds exactly that action.
    ...(filters.action ? { action: { startsWith: filters.action } } : {}),
    ...(range.gte || range.lt ? { createdAt: range } : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: entrySelect,
    }),
    prisma.auditLog.count({ where }),
  ]);
  return {
    entries: await withActors(rows),
    total,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    isUnknownActor: false,
  };
}

/** The history of one entity (a listing, a certification, …) for staff, newest first. */
export async function listEntityHistory(actor: Actor | null, entityType: string, entityId: string, limit = 100) {
  assertStaff(actor);
  const rows = await prisma.auditLog.findMany({
    where: { entityType, entityId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: entrySelect,
  });
  return withActors(rows);
}

/** The entity types and actions seen so far, offered as suggestions in the filter form. */
export async function listAuditVocabulary(actor: Actor | null) {
  assertStaff(actor);
  const [types, actions] = await Promise.all([
    // GROUP BY in the database (findMany's `distinct` would read every row).
    prisma.auditLog.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
    prisma.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
  ]);
  return { entityTypes: types.map((row) => row.entityType), actions: actions.map((row) => row.action) };
}
