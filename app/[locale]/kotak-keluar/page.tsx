import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getEnv, isProduction } from "@/lib/env";
import { isLoopbackClient } from "@/lib/auth/client-address";
import { formatJakartaDate } from "@/lib/dates";
import { listRecentOutboxEmails } from "@/lib/mail/queries";
import { privatePageMetadata } from "@/lib/seo/page-metadata";

type PageProps = { params: Promise<{ locale: string }> };

export const generateMetadata = privatePageMetadata("Outbox");

// Demo mode only, and only to a browser on this machine: the local mailbox holds password-reset links, so anyone
// who could read it could take over any account. Production, and every other client, get 404 here.
export default async function OutboxPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  if (isProduction() || !isLoopbackClient(await headers(), getEnv().TRUSTED_CLIENT_IP_HEADER)) notFound();
  const t = await getTranslations("Outbox");
  const emails = await listRecentOutboxEmails();
  return (
    <section className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="max-w-2xl">{t("intro")}</p>
      {emails.length === 0 ? <p>{t("empty")}</p> : null}
      <ul className="space-y-4">
        {emails.map((email) => (
          <li key={email.id}>
            <article aria-label={email.subject} className="space-y-2 rounded border border-slate-200 p-4">
              <h2 className="font-semibold">{email.subject}</h2>
              <p className="text-sm text-slate-600">
                {t("meta", { to: email.to, date: formatJakartaDate(email.createdAt, locale) })}
              </p>
              <pre className="whitespace-pre-wrap break-all font-sans text-sm">{email.bodyText}</pre>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
