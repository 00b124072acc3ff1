import "server-only";
import { prisma } from "@/lib/db/client";
import { mailLocales, type MailLocale } from "@/lib/mail/templates";

/**
 * Keeps the language a person last signed in with on their account, so the portal's emails to them are written
 * in it. Anything but a language the portal writes in is ignored; an unchanged language writes nothing.
 */
export async function rememberAccountLocale(userId: string, locale: unknown): Promise<void> {
  if (!mailLocales.includes(locale as MailLocale)) return;
  await prisma.user.updateMany({
    where: { id: userId, NOT: { locale: locale as MailLocale } },
    data: { locale: locale as MailLocale },
  });
}
