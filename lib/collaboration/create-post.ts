import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { todayInJakarta } from "@/lib/dates";
import {
  getCollaborationPostSchema,
  toLocation,
  type CollaborationPostFormState,
  type CollaborationPostFormValues,
  type CollaborationPostInput,
} from "./schemas";

const DAY_MS = 24 * 60 * 60 * 1000;
export const POSTS_PER_DAY = 5;

export type CreatePostResult =
  { ok: true; postId: string } | { ok: false; error: "listingUnavailable" | "subsectorUnknown" };

/**
 * Publishes a need or an offer for a published listing the actor manages. For any other listing, or with an
 * unknown subsector, nothing is written. The post, its subsectors and the audit entry commit together.
 */
export async function createCollaborationPost(
  actor: AuditActor,
  input: CollaborationPostInput,
): Promise<CreatePostResult> {
  return prisma.$transaction(async (tx) => {
    const listing = await tx.listing.findFirst({
      where: { id: input.listingId, status: "PUBLISHED", managers: { some: { userId: actor.id } } },
      select: { id: true },
    });
    if (!listing) return { ok: false, error: "listingUnavailable" } as const;
    const subsectorIds = [...new Set([...input.wantedSubsectorIds, ...input.offeredSubsectorIds])];
    const known = await tx.subsector.count({ where: { id: { in: subsectorIds } } });
    if (known !== subsectorIds.length) return { ok: false, error: "subsectorUnknown" } as const;

    const { kecamatan, isOnline } = toLocation(input.location);
    const post = await tx.collaborationPost.create({
      data: {
        kind: input.kind,
        title: input.title,
        description: input.description,
        listingId: listing.id,
        authorId: actor.id,
        kecamatan,
        isOnline,
        deadline: input.deadline ? new Date(`${input.deadline}T00:00:00Z`) : null,
        subsectors: {
          create: [
            ...input.wantedSubsectorIds.map((subsectorId) => ({ subsectorId, role: "WANTED" as const })),
            ...input.offeredSubsectorIds.map((subsectorId) => ({ subsectorId, role: "OFFERED" as const })),
          ],
        },
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "collaborationPost.create",
      entityType: "CollaborationPost",
      entityId: post.id,
      after: {
        listingId: listing.id,
        kind: input.kind,
        title: input.title,
        wantedSubsectorIds: input.wantedSubsectorIds,
        offeredSubsectorIds: input.offeredSubsectorIds,
        kecamatan,
        isOnline,
        deadline: input.deadline,
      },
    });
    return { ok: true, postId: post.id } as const;
  });
}

/**
 * The post form's whole answer, without Next: validation, the manager check, the daily limit per person, then
 * `createCollaborationPost`. Refused or invalid submissions count against no limit and write nothing.
 */
export async function submitCollaborationPost(
  actor: AuditActor,
  values: CollaborationPostFormValues,
  now: Date = new Date(),
): Promise<CollaborationPostFormState & { postId?: string }> {
  const parsed = getCollaborationPostSchema(todayInJakarta(now)).safeParse(values);
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, values };

  const isManager = await prisma.listing.count({
    where: { id: parsed.data.listingId, status: "PUBLISHED", managers: { some: { userId: actor.id } } },
  });
  if (!isManager) return { formError: "listingUnavailable", values };

  const limit = await consumeRateLimit(
    { bucket: "collaboration:post", key: actor.id, limit: POSTS_PER_DAY, windowMs: DAY_MS },
    now,
  );
  if (!limit.isAllowed) {
    return { formError: "rateLimited", retryAfterMinutes: Math.ceil(limit.retryAfterSeconds / 60), values };
  }

  const result = await createCollaborationPost(actor, parsed.data);
  if (!result.ok) {
    return result.error === "subsectorUnknown"
      ? { fieldErrors: { wantedSubsectorIds: ["subsectorUnknown"] }, values }
      : { formError: "listingUnavailable", values };
  }
  return { postId: result.postId };
}
