import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { isProduction } from "@/lib/env";
import { formatJakartaDate } from "@/lib/dates";
import { listRecentOutboxEmails } from "@/lib/mail/queries";

type PageProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Outbox" });
  return { title: t("title"), robots: { index: false } };
}

// Demo mode only: the local mailbox for emails the portal would send. Production answers 404 here.
export default async function OutboxPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  if (isProduction()) notFound();
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
