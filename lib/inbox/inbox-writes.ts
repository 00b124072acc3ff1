import "server-only";
import { prisma } from "@/lib/db/client";
import { assertActiveStaff } from "@/lib/auth/assert-role";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InboxItemKind } from "@/lib/generated/prisma/enums";
import { deliverEmail, recordTemplatedEmail } from "@/lib/mail/mailer";
import { pendingWhere } from "./queries";

// Every write of the staff inbox: taking and releasing an item, and answering a message to an unmanaged listing.

/** The audit entity each kind of item is recorded under (the same as its own decisions use). */
const entityTypes: Record<InboxItemKind, string> = {
  NEW_LISTING: "Listing",
  REVISION: "ListingRevision",
  CLAIM: "ListingClaim",
  CERTIFICATION: "Certification",
  EVENT: "Event",
  PROBLEM_REPORT: "ProblemReport",
  COLLABORATION_REPORT: "CollaborationPostReport",
  ENQUIRY: "Enquiry",
};

async function isWaiting(tx: Prisma.TransactionClient, kind: InboxItemKind, id: string): Promise<boolean> {
  const where = pendingWhere();
  switch (kind) {
    case "NEW_LISTING":
      return (await tx.listing.count({ where: { ...where.NEW_LISTING, id } })) === 1;
    case "REVISION":
      return (await tx.listingRevision.count({ where: { ...where.REVISION, id } })) === 1;
    case "CLAIM":
      return (await tx.listingClaim.count({ where: { ...where.CLAIM, id } })) === 1;
    case "CERTIFICATION":
      return (await tx.certification.count({ where: { ...where.CERTIFICATION, id } })) === 1;
    case "EVENT":
      return (await tx.event.count({ where: { ...where.EVENT, id } })) === 1;
    case "PROBLEM_REPORT":
      return (await tx.problemReport.count({ where: { ...where.PROBLEM_REPORT, id } })) === 1;
    case "COLLABORATION_REPORT":
      return (await tx.collaborationPostReport.count({ where: { ...where.COLLABORATION_REPORT, id } })) === 1;
    case "ENQUIRY":
      return (await tx.enquiry.count({ where: { ...where.ENQUIRY, id } })) === 1;
  }
}

export type TakeResult =
  { ok: true } | { ok: false; error: "notWaiting" } | { ok: false; error: "takenByOther"; name: string };

class TakenMeanwhile extends Error {}

/**
 * "Saya tangani": the actor handles the item from now on, shown to every other official. Taking an item someone
 * else holds is refused with their name (they release it, or an official asks them); taking one's own is a no-op.
 * Of two officials taking the same item at once exactly one wins (the unique key on kind and item).
 */
export async function takeInboxItem(actor: AuditActor, kind: InboxItemKind, itemId: string): Promise<TakeResult> {
  const attempt = () =>
    prisma.$transaction(async (tx): Promise<TakeResult> => {
      await assertActiveStaff(tx, actor);
      if (!(await isWaiting(tx, kind, itemId))) return { ok: false, error: "notWaiting" };
      const current = await tx.inboxAssignment.findUnique({
        where: { itemKind_itemId: { itemKind: kind, itemId } },
        select: { userId: true, user: { select: { name: true } } },
      });
      if (current?.userId === actor.id) return { ok: true };
      if (current) return { ok: false, error: "takenByOther", name: current.user.name };
      try {
        await tx.inboxAssignment.create({ data: { itemKind: kind, itemId, userId: actor.id } });
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new TakenMeanwhile();
        throw error;
      }
      await recordAudit(tx, actor, {
        action: "inbox.take",
        entityType: entityTypes[kind],
        entityId: itemId,
        after: { handledById: actor.id },
      });
      return { ok: true };
    });
  try {
    return await attempt();
  } catch (error) {
    const isConflict =
      error instanceof TakenMeanwhile ||
      (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002");
    if (!isConflict) throw error;
    // The other official's row is committed now: answer with their name.
    const winner = await prisma.inboxAssignment.findUnique({
      where: { itemKind_itemId: { itemKind: kind, itemId } },
      select: { user: { select: { name: true } } },
    });
    return { ok: false, error: "takenByOther", name: winner?.user.name ?? "—" };
  }
}

export type ReleaseResult = { ok: true } | { ok: false; error: "notYours" };

/** Gives an item back to the inbox. Only its holder releases it; an admin may release anyone's (someone left). */
export async function releaseInboxItem(actor: AuditActor, kind: InboxItemKind, itemId: string): Promise<ReleaseResult> {
  return prisma.$transaction(async (tx) => {
    await assertActiveStaff(tx, actor);
    const holderCondition = actor.role === "ADMIN" ? {} : { userId: actor.id };
    const current = await tx.inboxAssignment.findFirst({
      where: { itemKind: kind, itemId, ...holderCondition },
      select: { id: true, userId: true },
    });
    if (!current) return { ok: false, error: "notYours" } as const;
    await tx.inboxAssignment.delete({ where: { id: current.id } });
    await recordAudit(tx, actor, {
      action: "inbox.release",
      entityType: entityTypes[kind],
      entityId: itemId,
      before: { handledById: current.userId },
      after: { handledById: null },
    });
    return { ok: true } as const;
  });
}

/** A decided item no longer waits: its "who handles it" row goes (called on the way back to the inbox). */
export async function clearInboxAssignment(kind: InboxItemKind, itemId: string): Promise<void> {
  await prisma.inboxAssignment.deleteMany({ where: { itemKind: kind, itemId } });
}

export type AnswerEnquiryResult =
  | { ok: true; listingName: string }
  | { ok: false; error: "notWaiting" }
  | { ok: false; error: "takenByOther"; name: string };

/**
 * An official answers a visitor's message to a listing without managers. The answer is mailed to the visitor, in
 * the language they wrote in, from the portal's address; the message leaves the inbox. Refused when another
 * official has taken it, or it was answered already (two answering at once: exactly one mail goes out).
 */
export async function answerEnquiry(
  actor: AuditActor,
  enquiryId: string,
  answer: string,
): Promise<AnswerEnquiryResult> {
  const outcome = await prisma.$transaction(async (tx) => {
    await assertActiveStaff(tx, actor);
    const holder = await tx.inboxAssignment.findUnique({
      where: { itemKind_itemId: { itemKind: "ENQUIRY", itemId: enquiryId } },
      select: { userId: true, user: { select: { name: true } } },
    });
    if (holder && holder.userId !== actor.id)
      return { ok: false, error: "takenByOther", name: holder.user.name } as const;
    const now = new Date();
    const { count } = await tx.enquiry.updateMany({
      where: { ...pendingWhere().ENQUIRY, id: enquiryId },
      data: { answer, answeredAt: now, answeredById: actor.id, readAt: now },
    });
    if (count !== 1) return { ok: false, error: "notWaiting" } as const;
    const enquiry = await tx.enquiry.findUniqueOrThrow({
      where: { id: enquiryId },
      select: {
        senderName: true,
        senderEmail: true,
        message: true,
        locale: true,
        listing: { select: { nameIndonesian: true } },
      },
    });
    const name = enquiry.listing.nameIndonesian;
    // The visitor has no account: the answer is written in the language they wrote in.
    const emailId = await recordTemplatedEmail(
      tx,
      { email: enquiry.senderEmail, locale: enquiry.locale },
      "enquiryAnswer",
      { senderName: enquiry.senderName, listingName: name, message: enquiry.message, answer },
    );
    await tx.inboxAssignment.deleteMany({ where: { itemKind: "ENQUIRY", itemId: enquiryId } });
    await recordAudit(tx, actor, {
      action: "enquiry.answer",
      entityType: "Enquiry",
      entityId: enquiryId,
      // The answer itself stays with the enquiry; the audit log keeps no visitor's personal data.
      after: { answeredById: actor.id },
    });
    return { ok: true, listingName: name, emailId } as const;
  });
  if (!outcome.ok) return outcome;
  await deliverEmail(outcome.emailId);
  return { ok: true, listingName: outcome.listingName };
}
