import "server-only";
import { prisma } from "@/lib/db/client";
import { assertActiveStaff, assertStaff } from "@/lib/auth/assert-role";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListingFieldGroup, ListingKind } from "@/lib/generated/prisma/enums";
import { STALE_AFTER_DAYS } from "@/lib/freshness/freshness-rules";
import { fieldGroupValues } from "@/lib/reach/schemas";

// Per-field freshness: who last confirmed each group of a listing's fields (contact, location, certificates,
// facts), and when. Staff confirm groups one by one; a manager's "data masih benar" confirms every group, since
// a manager sees and edits all four on their listing page. The profile names staff checks only ("Diperiksa
// Disporapar"); both count against staleness.

const DAY_MS = 24 * 60 * 60 * 1000;

export async function writeFieldChecks(
  tx: Prisma.TransactionClient,
  listingId: string,
  groups: readonly ListingFieldGroup[],
  checker: { id: string; isStaff: boolean },
  now: Date,
) {
  for (const group of groups) {
    await tx.listingFieldCheck.upsert({
      where: { listingId_group: { listingId, group } },
      create: { listingId, group, checkedAt: now, checkedById: checker.id, isStaffCheck: checker.isStaff },
      update: { checkedAt: now, checkedById: checker.id, isStaffCheck: checker.isStaff },
    });
  }
}

/** Staff confirm some groups of a listing's fields. */
export async function confirmFieldGroups(
  staff: AuditActor | null,
  listingId: string,
  groups: readonly ListingFieldGroup[],
  now: Date = new Date(),
): Promise<{ kind: ListingKind; slug: string } | null> {
  assertStaff(staff);
  const chosen = fieldGroupValues.filter((group) => groups.includes(group));
  if (chosen.length === 0) return null;
  return prisma.$transaction(async (tx) => {
    await assertActiveStaff(tx, staff);
    const listing = await tx.listing.findUnique({ where: { id: listingId }, select: { kind: true, slug: true } });
    if (!listing) return null;
    await writeFieldChecks(tx, listingId, chosen, { id: staff.id, isStaff: true }, now);
    await recordAudit(tx, staff, {
      action: "listing.confirmFieldGroups",
      entityType: "Listing",
      entityId: listingId,
      after: { groups: chosen, checkedAt: now.toISOString() },
    });
    return listing;
  });
}

/** Published listings whose `group` nobody confirmed within the freshness window. */
export function staleFieldGroupWhere(group: ListingFieldGroup, now: Date): Prisma.ListingWhereInput {
  const cutoff = new Date(now.getTime() - STALE_AFTER_DAYS * DAY_MS);
  return { status: "PUBLISHED", fieldChecks: { none: { group, checkedAt: { gte: cutoff } } } };
}

export type FieldGroupCheck = { group: ListingFieldGroup; checkedAt: Date; isStaffCheck: boolean };

/** The staff checks of a listing's groups, for its public profile (no person named). */
export async function listStaffFieldChecks(listingId: string): Promise<FieldGroupCheck[]> {
  const rows = await prisma.listingFieldCheck.findMany({
    where: { listingId, isStaffCheck: true },
    select: { group: true, checkedAt: true, isStaffCheck: true },
  });
  return rows.sort((a, b) => fieldGroupValues.indexOf(a.group) - fieldGroupValues.indexOf(b.group));
}
