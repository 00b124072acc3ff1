import "server-only";
import nodemailer from "nodemailer";
import { getEnv } from "@/lib/env";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { renderEmail, toMailLocale, type TemplateId, type TemplateParams } from "./templates";

export type EmailMessage = { to: string; subject: string; text: string; html?: string };

/**
 * Records an email in the outbox, inside the caller's transaction: it exists exactly when the change that
 * caused it commits. Deliver it after the commit with `deliverEmail`.
 */
export async function recordEmail(tx: Prisma.TransactionClient, message: EmailMessage): Promise<string> {
  const row = await tx.outboxEmail.create({
    data: { to: message.to, subject: message.subject, bodyText: message.text, bodyHtml: message.html ?? null },
    select: { id: true },
  });
  return row.id;
}

/** Records a template's email in the recipient's language (from their account; Indonesian when it is unknown). */
export async function recordTemplatedEmail<Id extends TemplateId>(
  tx: Prisma.TransactionClient,
  recipient: { email: string; locale?: string | null },
  id: Id,
  params: TemplateParams[Id],
): Promise<string> {
  const locale =
    recipient.locale !== undefined
      ? recipient.locale
      : (await tx.user.findUnique({ where: { email: recipient.email }, select: { locale: true } }))?.locale;
  return recordEmail(tx, { to: recipient.email, ...renderEmail(id, toMailLocale(locale), params) });
}

/** Sends a recorded email when SMTP is configured, noting when it went out or why it failed. Never drops it. */
export async function deliverEmail(id: string): Promise<void> {
  const env = getEnv();
  if (!env.SMTP_URL) return; // local and tests: the outbox is the mailbox
  const email = await prisma.outboxEmail.findUniqueOrThrow({ where: { id } });
  try {
    await nodemailer.createTransport(env.SMTP_URL).sendMail({
      from: env.MAIL_FROM,
      to: email.to,
      subject: email.subject,
      text: email.bodyText,
      ...(email.bodyHtml ? { html: email.bodyHtml } : {}),
    });
    await prisma.outboxEmail.update({ where: { id }, data: { sentAt: new Date(), error: null } });
  } catch (error) {
    await prisma.outboxEmail.update({ where: { id }, data: { error: (error as Error).message.slice(0, 1000) } });
  }
}
