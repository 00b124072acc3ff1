import "server-only";
import { prisma } from "@/lib/db/client";
import { assertActiveStaff } from "@/lib/auth/assert-role";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ListingKind } from "@/lib/generated/prisma/enums";
import { applyListingContent, insertListing } from "@/lib/listings/listing-writes";
import { createUniqueSlug } from "@/lib/listings/slugs";
import { buildImportPlan, type ImportPlan, type RowWrite } from "./plan-import";

export type ApplyImportResult =
  | {
      ok: true;
      created: number;
      updated: number;
      unchanged: number;
      skipped: number;
      listings: { kind: ListingKind; slug: string }[];
    }
  | { ok: false; error: "fileInvalid" | "rowsInvalid" | "planChanged" | "conflict"; plan: ImportPlan };

/** Thrown inside the transaction to roll it back when a listing changed since the plan read it. */
class ImportConflictError extends Error {}

/**
 * Carries out an import the staff member confirmed. The file is planned again inside the transaction (the
 * client's copy of the plan is never trusted) and must give the same plan as the dry run they saw (`digest`).
 * A file with any invalid row writes nothing. Every create and update, one audit entry per listing and a
 * summary entry commit together or not at all. Rows that look like duplicates are created only when their row
 * number is in `createAnyway`; otherwise they are skipped.
 */
export async function applyListingImport(
  actor: AuditActor | null,
  input: { text: string; digest: string; createAnyway: readonly number[] },
): Promise<ApplyImportResult> {
  try {
    return await prisma.$transaction(
      async (tx) => {
        await assertActiveStaff(tx, actor);
        const { plan, writes } = await buildImportPlan(tx, input.text);
        if (!plan.ok) return { ok: false, error: "fileInvalid", plan } as const;
        if (plan.counts.invalid > 0) return { ok: false, error: "rowsInvalid", plan } as const;
        if (plan.digest !== input.digest) return { ok: false, error: "planChanged", plan } as const;

        const actionByRow = new Map(plan.rows.map((row) => [row.rowNumber, row.action]));
        const createAnyway = new Set(input.createAnyway);
        const chosen = writes.filter(
          (write) => actionByRow.get(write.rowNumber) !== "duplicate" || createAnyway.has(write.rowNumber),
        );
        // Updates first, then new listings with the slug their row asks for, then those whose slug is made from
        // the name: a made slug then never takes one that a later row asks for.
        const ordered = [
          ...chosen.filter((write) => write.existing),
          ...chosen.filter((write) => !write.existing && write.requestedSlug),
          ...chosen.filter((write) => !write.existing && !write.requestedSlug),
        ];
        const now = new Date();
        const listings: { kind: ListingKind; slug: string }[] = [];
        for (const write of ordered) {
          listings.push(
            write.existing ? await updateListing(tx, actor!, write, now) : await createListing(tx, actor!, write, now),
          );
        }

        const created = ordered.filter((write) => !write.existing).length;
        const updated = ordered.length - created;
        const summary = {
          created,
          updated,
          unchanged: plan.counts.unchanged,
          skipped: writes.length - chosen.length,
          createdAnyway: chosen.filter((write) => actionByRow.get(write.rowNumber) === "duplicate").length,
        };
        await recordAudit(tx, actor, {
          action: "listing.import",
          entityType: "ListingImport",
          entityId: plan.fileHash,
          after: { rows: plan.rows.length, ...summary },
        });
        return { ok: true, ...summary, listings } as const;
      },
      // Thousands of rows take longer than Prisma's default of five seconds.
      { maxWait: 10_000, timeout: Math.min(300_000, 60_000 + input.text.length / 20) },
    );
  } catch (error) {
    const isUniqueViolation = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
    if (error instanceof ImportConflictError || isUniqueViolation) {
      const { plan } = await buildImportPlan(prisma, input.text);
      return { ok: false, error: "conflict", plan };
    }
    throw error;
  }
}

async function createListing(tx: Prisma.TransactionClient, actor: AuditActor, write: RowWrite, now: Date) {
  const { content, staff, kind } = write;
  const slug = write.requestedSlug ?? (await createUniqueSlug(tx, content.nameIndonesian));
  const listing = await insertListing(
    tx,
    {
      kind,
      slug,
      status: staff.status,
      content,
      createdById: actor.id,
      staff: {
        isSample: staff.isSample,
        externalId: staff.externalId ?? null,
        sourceName: staff.sourceName ?? null,
        sourceUrl: staff.sourceUrl ?? null,
      },
      verified: staff.lastVerifiedAt ? { at: staff.lastVerifiedAt, byId: actor.id } : null,
    },
    now,
  );
  await recordAudit(tx, actor, {
    action: "listing.import.create",
    entityType: "Listing",
    entityId: listing.id,
    after: { row: write.rowNumber, ...write.after, slug },
  });
  return { kind, slug };
}

async function updateListing(tx: Prisma.TransactionClient, actor: AuditActor, write: RowWrite, now: Date) {
  const { content, staff } = write;
  const existing = write.existing!;
  const isVerificationChanged = write.after.last_verified_at !== undefined;
  // Conditional on the version the plan read: a listing changed meanwhile rolls the whole import back. As when
  // staff publish a listing by hand, a logo proposed with it becomes public with it.
  const applied = await applyListingContent(
    tx,
    existing.id,
    {
      content,
      expectedVersion: existing.version,
      staff: {
        isSample: staff.isSample,
        externalId: staff.externalId ?? null,
        sourceName: staff.sourceName ?? null,
        sourceUrl: staff.sourceUrl ?? null,
      },
      status: { to: staff.status },
      verified: {
        at: staff.lastVerifiedAt ?? null,
        ...(isVerificationChanged ? { byId: staff.lastVerifiedAt ? actor.id : null } : {}),
      },
    },
    now,
  );
  if (!applied.ok) throw new ImportConflictError();
  await recordAudit(tx, actor, {
    action: "listing.import.update",
    entityType: "Listing",
    entityId: existing.id,
    before: write.before,
    after: { row: write.rowNumber, ...write.after },
  });
  return { kind: existing.kind, slug: existing.slug };
}
