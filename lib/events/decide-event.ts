import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { assertStaff } from "@/lib/auth/assert-role";
import { deliverEmail, recordTemplatedEmail } from "@/lib/mail/mailer";
import type { TemplateParams } from "@/lib/mail/templates";
import { recordEmailToManagers } from "@/lib/listings/notify-managers";
import { getSiteUrl } from "@/lib/seo/site-url";
import { findAffectedListings, refuseEvent, type EventChangeResult } from "./save-event";
import { getEventPath } from "./paths";
import { approvalNoteSchema, decisionNoteSchema } from "./schemas";

type Decision = "approve" | "reject";

type DecidedEvent = {
  titleIndonesian: string;
  startsAt: Date;
  slug: string;
  organiserListingId: string | null;
  proposedBy: { email: string; isDisabled: boolean } | null;
};

/** The proposer is told; when their account is gone, the organiser listing's managers are. */
async function recordDecisionEmails(
  tx: Prisma.TransactionClient,
  event: DecidedEvent,
  decision: Decision,
  note: string | null,
): Promise<string[]> {
  const proposer = event.proposedBy && !event.proposedBy.isDisabled ? event.proposedBy : null;
  const record = async <Id extends "eventApproved" | "eventRejected">(id: Id, params: TemplateParams[Id]) => {
    if (proposer) return [await recordTemplatedEmail(tx, proposer, id, params)];
    return event.organiserListingId ? recordEmailToManagers(tx, event.organiserListingId, id, params) : [];
  };
  return decision === "approve"
    ? record("eventApproved", {
        title: event.titleIndonesian,
        startsAt: event.startsAt,
        eventUrl: `${getSiteUrl()}${getEventPath(event)}`,
        note,
      })
    : record("eventRejected", {
        title: event.titleIndonesian,
        startsAt: event.startsAt,
        proposeUrl: `${getSiteUrl()}/akun/acara/usulkan`,
        note,
      });
}

async function decide(
  staff: AuditActor,
  eventId: string,
  decision: Decision,
  note: string | null,
): Promise<EventChangeResult> {
  const outcome = await prisma.$transaction(async (tx) => {
    // Conditional on the proposal still waiting: when two staff decide at once, exactly one wins.
    const { count } = await tx.event.updateMany({
      where: { id: eventId, status: "PENDING_REVIEW" },
      data: {
        status: decision === "approve" ? "PUBLISHED" : "REJECTED",
        reviewNote: note,
        version: { increment: 1 },
      },
    });
    if (count !== 1) {
      const exists = await tx.event.count({ where: { id: eventId } });
      return { result: refuseEvent(exists ? "alreadyHandled" : "notFound"), emailIds: [] as string[] };
    }
    const event = await tx.event.findUniqueOrThrow({
      where: { id: eventId },
      select: {
        slug: true,
        titleIndonesian: true,
        startsAt: true,
        organiserListingId: true,
        proposedBy: { select: { email: true, isDisabled: true } },
      },
    });
    await recordAudit(tx, staff, {
      action: decision === "approve" ? "event.approve" : "event.reject",
      entityType: "Event",
      entityId: eventId,
      before: { status: "PENDING_REVIEW" },
      after: { status: decision === "approve" ? "PUBLISHED" : "REJECTED", note },
    });
    const emailIds = await recordDecisionEmails(tx, event, decision, note);
    const result: EventChangeResult = {
      ok: true,
      eventId,
      slug: event.slug,
      affectedListings: await findAffectedListings(tx, eventId),
    };
    return { result, emailIds };
  });
  await Promise.all(outcome.emailIds.map(deliverEmail));
  return outcome.result;
}

/** Staff approve a proposed event: it becomes public; the note, when given, goes to the proposer. */
export async function approveEvent(staff: AuditActor, eventId: string, note?: string): Promise<EventChangeResult> {
  assertStaff(staff);
  const parsed = approvalNoteSchema.safeParse(note ?? "");
  if (!parsed.success) return refuseEvent("invalid", { note: parsed.error.issues.map((issue) => issue.message) });
  return decide(staff, eventId, "approve", parsed.data || null);
}

/** Staff reject a proposed event with a note for the proposer (required). */
export async function rejectEvent(staff: AuditActor, eventId: string, note: string): Promise<EventChangeResult> {
  assertStaff(staff);
  const parsed = decisionNoteSchema.safeParse(note);
  if (!parsed.success) return refuseEvent("invalid", { note: parsed.error.issues.map((issue) => issue.message) });
  return decide(staff, eventId, "reject", parsed.data);
}
