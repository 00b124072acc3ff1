"use client";

import { useParams } from "next/navigation";
import { Link } from "@/lib/i18n/link";
import { routes } from "@/lib/site/routes";
import id from "@/lib/i18n/messages/id/error-page.json";
import en from "@/lib/i18n/messages/en/error-page.json";

// Shown when a page fails on the server, e.g. while the database is unreachable. Production never passes the
// error's message or stack to the browser; the digest lets the portal team find the entry in the server log.
// Its few words are bundled in both languages rather than read from a next-intl provider, which public pages do
// not ship (decision 027).
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const { locale } = useParams<{ locale?: string }>() ?? {};
  const t = (locale === "en" ? en : id).ErrorPage;
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return (
    <section aria-labelledby="judul-galat" className="space-y-3">
      <h1 id="judul-galat" className="text-2xl font-bold">
        {t.title}
      </h1>
      <p>{t.body}</p>
      <p>{t.unsavedHint}</p>
      <div className="flex flex-wrap items-center gap-4 pt-2">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t.retry}
        </button>
        <Link href={routes.home} className="text-brand-700 underline">
          {t.backHome}
        </Link>
      </div>
      {digest ? <p className="text-sm text-slate-700">{t.reference.replace("{digest}", digest)}</p> : null}
    </section>
  );
}
