import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { deliverEmail, recordTemplatedEmail } from "@/lib/mail/mailer";
import { consumeRateLimits } from "@/lib/rate-limit/consume-rate-limit";
import { HONEYPOT_FIELD, enquirySchema, type EnquiryFormState, type EnquiryInput } from "./schemas";

const HOUR_MS = 60 * 60 * 1000;

/**
 * Stores a visitor's message to a published listing and emails it to the listing's managers. A listing without
 * managers gets no mail: the message waits in the staff inbox (isForStaff), where one official takes and answers it
 * (lib/inbox/inbox-writes.ts). The enquiry, its emails and the audit entry commit together; the emails go out after
 * the commit. Null (nothing written) when the listing is not published.
 */
export async function sendEnquiry(
  input: EnquiryInput & { locale: string },
  siteUrl: string,
): Promise<{ enquiryId: string; isForStaff: boolean } | null> {
  const result = await prisma.$transaction(async (tx) => {
    const listing = await tx.listing.findFirst({
      where: { id: input.listingId, status: "PUBLISHED" },
      select: {
        id: true,
        kind: true,
        slug: true,
        nameIndonesian: true,
        managers: {
          where: { user: { isDisabled: false } },
          select: { user: { select: { email: true, locale: true } } },
        },
      },
    });
    if (!listing) return null;

    const hasManagers = listing.managers.length > 0;
    const enquiry = await tx.enquiry.create({
      data: {
        listingId: listing.id,
        senderName: input.name,
        senderEmail: input.email,
        message: input.message,
        locale: input.locale,
        isForStaff: !hasManagers,
      },
      select: { id: true },
    });

    const recipients = listing.managers.map((manager) => manager.user);
    const message = {
      senderName: input.name,
      senderEmail: input.email,
      listingName: listing.nameIndonesian,
      message: input.message,
    };
    const emailIds: string[] = [];
    for (const recipient of recipients) {
      emailIds.push(
        await recordTemplatedEmail(tx, recipient, "enquiryToManagers", {
          ...message,
          messagesUrl: `${siteUrl}/akun/listing/${listing.id}/pesan`,
        }),
      );
    }

    await recordAudit(tx, null, {
      action: "enquiry.create",
      entityType: "Enquiry",
      entityId: enquiry.id,
      // Who wrote it stays in the enquiry itself; the audit log keeps no visitor's personal data.
      after: { listingId: listing.id, recipientCount: recipients.length, isSentToStaff: !hasManagers },
    });
    return { enquiryId: enquiry.id, isForStaff: !hasManagers, emailIds };
  });
  if (!result) return null;
  for (const id of result.emailIds) await deliverEmail(id);
  return { enquiryId: result.enquiryId, isForStaff: result.isForStaff };
}

type SubmissionContext = { clientAddress: string | null; locale: string; siteUrl: string; now?: Date };

/**
 * The contact form's whole answer, without Next: honeypot, validation, rate limits, then `sendEnquiry`.
 * A filled honeypot is answered like a success and nothing is stored, so automated senders learn nothing.
 */
export async function submitEnquiry(
  fields: Record<string, string>,
  context: SubmissionContext,
): Promise<EnquiryFormState> {
  if (fields[HONEYPOT_FIELD]) return { isSent: true };
  const values = { name: fields.name ?? "", email: fields.email ?? "", message: fields.message ?? "" };
  const parsed = enquirySchema.safeParse({ listingId: fields.listingId ?? "", ...values });
  if (!parsed.success) {
    const { listingId, ...fieldErrors } = z.flattenError(parsed.error).fieldErrors;
    return listingId ? { formError: "unavailable", values } : { fieldErrors, values };
  }

  const limit = await consumeRateLimits(
    [
      // Per client, never per listing for everyone: one sender must not close a listing's form to all others.
      // Only when nothing names the client (outside the production server) does a listing-wide cap stand in.
      context.clientAddress
        ? { bucket: "enquiry:address", key: context.clientAddress, limit: 5, windowMs: HOUR_MS }
        : { bucket: "enquiry:listing", key: parsed.data.listingId, limit: 30, windowMs: HOUR_MS },
      { bucket: "enquiry:email", key: parsed.data.email, limit: 5, windowMs: HOUR_MS },
    ],
    context.now,
  );
  if (!limit.isAllowed) {
    return { formError: "rateLimited", retryAfterMinutes: Math.ceil(limit.retryAfterSeconds / 60), values };
  }

  const sent = await sendEnquiry({ ...parsed.data, locale: context.locale }, context.siteUrl);
  if (!sent) return { formError: "unavailable", values };
  return { isSent: true, isReadByStaff: sent.isForStaff };
}
