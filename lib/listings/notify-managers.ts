import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordTemplatedEmail } from "@/lib/mail/mailer";
import type { TemplateId, TemplateParams } from "@/lib/mail/templates";

/**
 * Records one email to every active manager of a listing, each in their own language, in the caller's
 * transaction; deliver the ids after commit.
 */
export async function recordEmailToManagers<Id extends TemplateId>(
  tx: Prisma.TransactionClient,
  listingId: string,
  id: Id,
  params: TemplateParams[Id],
): Promise<string[]> {
  const managers = await tx.listingManager.findMany({
    where: { listingId, user: { isDisabled: false } },
    select: { user: { select: { email: true, locale: true } } },
  });
  return Promise.all(managers.map(({ user }) => recordTemplatedEmail(tx, user, id, params)));
}
