import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimInput } from "./schemas";

export type ClaimResult =
  { ok: true; claimId: string } | { ok: false; error: "notFound" | "alreadyManager" | "alreadyPending" };

/**
 * A signed-in person asks to manage a published listing, explaining their relation and optionally pointing to
 * proof. They get no rights over it until staff approve the claim; one open claim per person and listing.
 */
export async function submitClaim(actor: AuditActor, input: ClaimInput, proofFileId?: string): Promise<ClaimResult> {
  try {
    return await prisma.$transaction(async (tx) => {
      const listing = await tx.listing.findFirst({
        where: { id: input.listingId, status: "PUBLISHED" },
        select: { id: true, managers: { where: { userId: actor.id }, select: { userId: true } } },
      });
      if (!listing) return { ok: false, error: "notFound" } as const;
      if (listing.managers.length > 0) return { ok: false, error: "alreadyManager" } as const;
      const claim = await tx.listingClaim.create({
        data: {
          listingId: listing.id,
          userId: actor.id,
          pendingKey: `${listing.id}:${actor.id}`,
          relation: input.relation,
          proofUrl: input.proofUrl ?? null,
          proofFileId: proofFileId ?? null,
        },
        select: { id: true },
      });
      await recordAudit(tx, actor, {
        action: "claim.submit",
        entityType: "ListingClaim",
        entityId: claim.id,
        after: { listingId: listing.id, relation: input.relation, proofUrl: input.proofUrl ?? null, proofFileId },
      });
      return { ok: true, claimId: claim.id } as const;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return { ok: false, error: "alreadyPending" };
    throw error;
  }
}
