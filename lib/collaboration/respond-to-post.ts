import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { deliverEmail, recordTemplatedEmail } from "@/lib/mail/mailer";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { todayInJakarta } from "@/lib/dates";
import { responseSchema, type RespondFormState, type ResponseInput } from "./schemas";
import { openPostWhere, publicPostWhere } from "./visibility";

const DAY_MS = 24 * 60 * 60 * 1000;
export const RESPONSES_PER_DAY = 20;

export type RespondResult =
  | { ok: true; responseId: string }
  | { ok: false; error: "postUnavailable" | "listingUnavailable" | "alreadyResponded" | "ownPost" };

/**
 * Answers an open, public post on behalf of a published listing the actor manages, once per listing. The post's
 * managers are emailed the message and the responding listing's name — never the responder's own contact
 * details, which the poster sees only after accepting. Response, emails and audit entry commit together.
 */
export async function respondToPost(
  actor: AuditActor,
  input: ResponseInput,
  options: { siteUrl: string; now?: Date },
): Promise<RespondResult> {
  const today = todayInJakarta(options.now);
  const result = await prisma.$transaction(async (tx) => {
    const post = await tx.collaborationPost.findFirst({
      where: { AND: [{ id: input.postId }, publicPostWhere(), openPostWhere(today)] },
      select: {
        id: true,
        title: true,
        listingId: true,
        listing: {
          select: {
            nameIndonesian: true,
            managers: {
              where: { user: { isDisabled: false } },
              select: { userId: true, user: { select: { email: true, locale: true } } },
            },
          },
        },
      },
    });
    if (!post) return { ok: false, error: "postUnavailable" } as const;
    if (post.listingId === input.listingId || post.listing.managers.some((manager) => manager.userId === actor.id)) {
      return { ok: false, error: "ownPost" } as const;
    }
    const listing = await tx.listing.findFirst({
      where: { id: input.listingId, status: "PUBLISHED", managers: { some: { userId: actor.id } } },
      select: { id: true, nameIndonesian: true },
    });
    if (!listing) return { ok: false, error: "listingUnavailable" } as const;
    const earlier = await tx.collaborationResponse.findUnique({
      where: { postId_listingId: { postId: post.id, listingId: listing.id } },
      select: { id: true },
    });
    if (earlier) return { ok: false, error: "alreadyResponded" } as const;

    const response = await tx.collaborationResponse.create({
      data: { postId: post.id, listingId: listing.id, authorId: actor.id, message: input.message },
      select: { id: true },
    });
    const emailIds: string[] = [];
    for (const manager of post.listing.managers) {
      emailIds.push(
        await recordTemplatedEmail(tx, manager.user, "collaborationResponseReceived", {
          responderName: listing.nameIndonesian,
          posterName: post.listing.nameIndonesian,
          title: post.title,
          message: input.message,
          postUrl: `${options.siteUrl}/kolaborasi/${post.id}`,
        }),
      );
    }
    await recordAudit(tx, actor, {
      action: "collaborationResponse.create",
      entityType: "CollaborationResponse",
      entityId: response.id,
      after: { postId: post.id, listingId: listing.id, notifiedCount: emailIds.length },
    });
    return { ok: true, responseId: response.id, emailIds } as const;
  });
  if (!result.ok) return result;
  for (const id of result.emailIds) await deliverEmail(id);
  return { ok: true, responseId: result.responseId };
}

/** `respondToPost` with the unique constraint as the last word when two answers from one listing race. */
async function respondOnce(actor: AuditActor, input: ResponseInput, options: { siteUrl: string; now?: Date }) {
  try {
    return await respondToPost(actor, input, options);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, error: "alreadyResponded" } as const;
    }
    throw error;
  }
}

/**
 * The respond form's whole answer, without Next: validation, the manager check, the daily limit per person,
 * then the response itself.
 */
export async function submitResponse(
  actor: AuditActor,
  values: { postId: string; listingId: string; message: string },
  options: { siteUrl: string; now?: Date },
): Promise<RespondFormState & { isSent?: boolean }> {
  const form = { listingId: values.listingId, message: values.message };
  const parsed = responseSchema.safeParse(values);
  if (!parsed.success) {
    const { postId, ...fieldErrors } = z.flattenError(parsed.error).fieldErrors;
    return postId ? { formError: "postUnavailable", values: form } : { fieldErrors, values: form };
  }
  const isManager = await prisma.listing.count({
    where: { id: parsed.data.listingId, status: "PUBLISHED", managers: { some: { userId: actor.id } } },
  });
  if (!isManager) return { formError: "listingUnavailable", values: form };

  const limit = await consumeRateLimit(
    { bucket: "collaboration:response", key: actor.id, limit: RESPONSES_PER_DAY, windowMs: DAY_MS },
    options.now,
  );
  if (!limit.isAllowed) {
    return { formError: "rateLimited", retryAfterMinutes: Math.ceil(limit.retryAfterSeconds / 60), values: form };
  }
  const result = await respondOnce(actor, parsed.data, options);
  if (!result.ok) return { formError: result.error, values: form };
  return { isSent: true };
}
