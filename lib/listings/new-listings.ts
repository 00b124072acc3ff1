import "server-only";
import { assertStaff } from "@/lib/auth/assert-role";
import { prisma } from "@/lib/db/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListingKind } from "@/lib/generated/prisma/enums";
import { deliverEmail } from "@/lib/mail/mailer";
import type { ListingContent } from "./schemas";
import { insertListing, moveListingStatus } from "./listing-writes";
import { recordEmailToManagers } from "./notify-managers";
import type { ListingMedia } from "./revision-changes";
import { createUniqueSlug } from "./slugs";

// A new listing proposed by a signed-in person, and staff's decision on it.

export type ProposeResult = { ok: true; listingId: string } | { ok: false; error: "subsectorUnknown" };

/** Every subsector the content names exists (ids come from the client). */
export async function hasKnownSubsectors(tx: Prisma.TransactionClient, content: ListingContent): Promise<boolean> {
  const ids = [...new Set([content.primarySubsectorId, ...content.otherSubsectorIds])];
  return (await tx.subsector.count({ where: { id: { in: ids } } })) === ids.length;
}

/**
 * A signed-in person proposes a new listing: it starts as pending review with the proposer as its manager, and
 * is not public until staff approve it. Never a sample; status, slug and the rest are set here, not by the form.
 */
export async function proposeNewListing(
  actor: AuditActor,
  kind: ListingKind,
  content: ListingContent,
  media: ListingMedia = {},
): Promise<ProposeResult> {
  return prisma.$transaction(async (tx) => {
    if (!(await hasKnownSubsectors(tx, content))) return { ok: false, error: "subsectorUnknown" } as const;
    const slug = await createUniqueSlug(tx, content.nameIndonesian);
    const listing = await insertListing(tx, {
      kind,
      slug,
      status: "PENDING_REVIEW",
      content,
      media,
      createdById: actor.id,
      managerId: actor.id,
    });
    await recordAudit(tx, actor, {
      action: "listing.propose",
      entityType: "Listing",
      entityId: listing.id,
      after: { kind, slug, status: "PENDING_REVIEW", content: content as Prisma.InputJsonValue, ...media },
    });
    return { ok: true, listingId: listing.id } as const;
  });
}

export type DecisionResult = { ok: true; kind: string; slug: string } | { ok: false; error: "alreadyHandled" };

/**
 * Staff decide a proposed listing. The status change is conditional on the listing still waiting, so when two
 * staff decide at once exactly one wins and the other is told it was already handled.
 */
export async function approveNewListing(actor: AuditActor, listingId: string): Promise<DecisionResult> {
  assertStaff(actor);
  const outcome = await prisma.$transaction(async (tx) => {
    const moved = await moveListingStatus(tx, listingId, "approve", { note: null, verifiedById: actor.id });
    if (!moved.ok) return { ok: false, error: "alreadyHandled" } as const;
    await recordAudit(tx, actor, {
      action: "listing.approve",
      entityType: "Listing",
      entityId: listingId,
      before: { status: "PENDING_REVIEW" },
      after: { status: "PUBLISHED" },
    });
    const emailIds = await recordEmailToManagers(tx, listingId, "listingApproved", {
      listingName: moved.nameIndonesian,
    });
    return { ok: true, kind: moved.kind, slug: moved.slug, emailIds } as const;
  });
  if (!outcome.ok) return outcome;
  await Promise.all(outcome.emailIds.map(deliverEmail));
  return { ok: true, kind: outcome.kind, slug: outcome.slug };
}

export async function rejectNewListing(actor: AuditActor, listingId: string, note: string): Promise<DecisionResult> {
  assertStaff(actor);
  const outcome = await prisma.$transaction(async (tx) => {
    const moved = await moveListingStatus(tx, listingId, "reject", { note });
    if (!moved.ok) return { ok: false, error: "alreadyHandled" } as const;
    await recordAudit(tx, actor, {
      action: "listing.reject",
      entityType: "Listing",
      entityId: listingId,
      before: { status: "PENDING_REVIEW" },
      after: { status: "REJECTED", note },
    });
    const emailIds = await recordEmailToManagers(tx, listingId, "listingRejected", {
      listingName: moved.nameIndonesian,
      note,
    });
    return { ok: true, kind: moved.kind, slug: moved.slug, emailIds } as const;
  });
  if (!outcome.ok) return outcome;
  await Promise.all(outcome.emailIds.map(deliverEmail));
  return { ok: true, kind: outcome.kind, slug: outcome.slug };
}
