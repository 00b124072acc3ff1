import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/auth/session";
import { getAdminDashboardCounts } from "@/lib/moderation/queries";
import { countInboxItems } from "@/lib/inbox/queries";
import { inboxKindSlugs } from "@/lib/inbox/filters";
import type { InboxItemKind } from "@/lib/generated/prisma/enums";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { routes } from "@/lib/site/routes";

type PageProps = { params: Promise<{ locale: string }> };

export const generateMetadata = privatePageMetadata("AdminDashboard");

export default async function AdminDashboardPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const [counts, inboxCounts] = await Promise.all([getAdminDashboardCounts(staff), countInboxItems(staff)]);
  const t = await getTranslations("AdminDashboard");
  // Each count opens the task list filtered to its kind (the same condition counts there).
  const inboxLink = (kind: InboxItemKind) => `${routes.admin.inbox}?jenis=${inboxKindSlugs[kind]}`;
  const waiting = (
    [
      ["newListings", "NEW_LISTING"],
      ["revisions", "REVISION"],
      ["claims", "CLAIM"],
      ["certifications", "CERTIFICATION"],
      ["reports", "PROBLEM_REPORT"],
      ["collaborationReports", "COLLABORATION_REPORT"],
      ["events", "EVENT"],
      ["enquiries", "ENQUIRY"],
    ] as const
  ).map(([key, kind]) => ({ key, count: inboxCounts[kind], href: inboxLink(kind) }));
  const attention = [
    { key: "stale", count: counts.stale, href: `${routes.admin.listings}?basi=1` },
    { key: "expiring", count: counts.expiring, href: `${routes.admin.certifications}?berakhir=60` },
  ] as const;
  return (
    <section className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      {[
        { heading: "waiting", items: waiting },
        { heading: "attention", items: attention },
      ].map((group) => (
        <section key={group.heading} aria-labelledby={`admin-${group.heading}`} className="space-y-2">
          <h2 id={`admin-${group.heading}`} className="text-xl font-semibold">
            {t(group.heading)}
          </h2>
          <dl className="grid gap-3 sm:grid-cols-3">
            {group.items.map((item) => (
              <div key={item.key} className="rounded border border-slate-200 p-4">
                <dt className="text-sm text-slate-700">{t(item.key)}</dt>
                <dd className="mt-1 flex items-baseline justify-between">
                  <span className="text-3xl font-bold">{item.count}</span>
                  <Link
                    href={item.href}
                    aria-label={`${t("open")}: ${t(item.key)}`}
                    className="text-brand-800 underline"
                  >
                    {t("open")}
                  </Link>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </section>
  );
}
