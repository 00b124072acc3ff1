import { getTranslations, setRequestLocale } from "next-intl/server";
import { readNotice } from "@/lib/forms/notices";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/auth/session";
import { getModerationQueue } from "@/lib/moderation/queries";
import { formatJakartaDate } from "@/lib/dates";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { Notice } from "@/components/page-parts/notice";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { routes } from "@/lib/site/routes";

export const generateMetadata = privatePageMetadata("Moderation");

type QueueItem = { id: string; href: string; name: string; kind: string; by: string; date: Date };

export default async function ModerationQueuePage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  const notice = readNotice("moderation", (await searchParams).hasil);
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const queue = await getModerationQueue(staff);
  const t = await getTranslations("Moderation");
  const tKind = await getTranslations("Kind");
  const sections: { key: "newListings" | "revisions" | "claims"; items: QueueItem[] }[] = [
    {
      key: "newListings",
      items: queue.newListings.map((row) => ({
        id: row.id,
        href: routes.admin.newListingReview(row.id),
        name: row.nameIndonesian,
        kind: row.kind,
        by: row.createdBy?.name ?? "—",
        date: row.updatedAt,
      })),
    },
    {
      key: "revisions",
      items: queue.revisions.map((row) => ({
        id: row.id,
        href: routes.admin.revisionReview(row.id),
        name: row.listing.nameIndonesian,
        kind: row.listing.kind,
        by: row.author?.name ?? "—",
        date: row.updatedAt,
      })),
    },
    {
      key: "claims",
      items: queue.claims.map((row) => ({
        id: row.id,
        href: routes.admin.claimReview(row.id),
        name: row.listing.nameIndonesian,
        kind: row.listing.kind,
        by: row.user.name,
        date: row.createdAt,
      })),
    },
  ];
  return (
    <section className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p>{t("intro")}</p>
      </header>
      {notice ? <Notice tone="success" message={t(notice.key)} /> : null}
      {sections.map((section) => (
        <section key={section.key} aria-labelledby={`antrean-${section.key}`} className="space-y-2">
          <h2 id={`antrean-${section.key}`} className="text-xl font-semibold">
            {t(section.key)} ({section.items.length})
          </h2>
          {section.items.length === 0 ? (
            <p>{t("none")}</p>
          ) : (
            <ul className="divide-y divide-slate-200 rounded border border-slate-200">
              {section.items.map((item) => (
                <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                  <span>
                    <span className="font-medium">{item.name}</span>{" "}
                    <span className="text-sm text-slate-600">
                      · {tKind(item.kind)} ·{" "}
                      {t("submittedBy", { name: item.by, date: formatJakartaDate(item.date, locale) })}
                    </span>
                  </span>
                  <Link
                    href={item.href}
                    aria-label={`${t("review")}: ${item.name}`}
                    className="text-brand-800 underline"
                  >
                    {t("review")}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
}
