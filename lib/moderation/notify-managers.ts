import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordEmail } from "@/lib/mail/mailer";

/** Records one email to every manager of a listing, in the caller's transaction; deliver the ids after commit. */
export async function recordEmailToManagers(
  tx: Prisma.TransactionClient,
  listingId: string,
  message: { subject: string; text: string },
): Promise<string[]> {
  const managers = await tx.listingManager.findMany({
    where: { listingId, user: { isDisabled: false } },
    select: { user: { select: { email: true } } },
  });
  return Promise.all(managers.map(({ user }) => recordEmail(tx, { to: user.email, ...message })));
}
