import type { Metadata } from "next";
import { readNotice } from "@/lib/forms/notices";
import { Notice } from "@/components/page-parts/notice";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/auth/session";
import { formatJakartaDate } from "@/lib/dates";
import { pickLocalized } from "@/lib/i18n/localized";
import { getListingPath } from "@/lib/listings/kinds";
import { readRecordId } from "@/lib/forms/redirect-target";
import { getInboxAssignee } from "@/lib/inbox/queries";
import { getPostReportForStaff } from "@/lib/collaboration/post-report-queries";
import { HandlePostReportForm } from "@/components/collaboration/handle-post-report-form";
import { routes } from "@/lib/site/routes";

type PageProps = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "PostReportAdmin" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/** Staff: a reported collaboration post, every report of it, and the decision on the report opened. */
export default async function PostReportPage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const reportId = readRecordId(id);
  const report = reportId ? await getPostReportForStaff(staff, reportId) : null;
  if (!report) notFound();
  const { post } = report;
  const holder = await getInboxAssignee(staff, "COLLABORATION_REPORT", report.id);
  const notice = readNotice("collaborationReport", (await searchParams).hasil);
  const t = await getTranslations("PostReportAdmin");
  const tInbox = await getTranslations("Inbox");
  const tReasons = await getTranslations("ReportPost.reasons");
  const tBoard = await getTranslations("Collaboration");
  const listingName = pickLocalized(locale, post.listing.nameIndonesian, post.listing.nameEn);

  return (
    <section className="max-w-3xl space-y-6">
      <p>
        <Link href={routes.admin.inbox} className="text-brand-800 underline">
          {t("backToInbox")}
        </Link>
      </p>
      {notice ? <Notice tone="success" message={t(notice.key)} /> : null}
      <header className="space-y-2">
        <h1 className="break-words text-3xl font-bold text-brand-900">{t("title", { title: post.title })}</h1>
        <p>{t("intro")}</p>
      </header>

      <section aria-labelledby="postingan" className="space-y-2 rounded border border-slate-200 p-4">
        <h2 id="postingan" className="flex flex-wrap items-baseline gap-2 text-xl font-semibold">
          {t("post")}
          <span className="rounded bg-slate-100 px-2 py-0.5 text-sm font-normal">{tBoard(`kinds.${post.kind}`)}</span>
          {post.isHidden ? (
            <span className="rounded bg-red-100 px-2 py-0.5 text-sm font-normal text-red-800">{t("hiddenBadge")}</span>
          ) : null}
        </h2>
        <p className="break-words font-semibold">{post.title}</p>
        <p className="text-sm text-slate-700">
          {t("postedBy", {
            listing: listingName,
            author: post.author?.name ?? t("unknownAuthor"),
            date: formatJakartaDate(post.createdAt, locale),
          })}
        </p>
        <p className="whitespace-pre-line break-words">{post.description}</p>
        {post.isHidden && post.hiddenNote ? (
          <p className="text-sm">{t("hiddenNote", { note: post.hiddenNote })}</p>
        ) : null}
        <p className="flex flex-wrap gap-x-4 text-sm">
          <Link href={routes.collaborationPost(post.id)} className="text-brand-800 underline">
            {t("openPost")}
          </Link>
          {post.listing.status === "PUBLISHED" ? (
            <Link href={getListingPath(post.listing)} className="text-brand-800 underline">
              {listingName}
            </Link>
          ) : null}
        </p>
      </section>

      <section aria-labelledby="laporan-postingan" className="space-y-3">
        <h2 id="laporan-postingan" className="text-xl font-semibold">
          {t("reportsTitle", { count: post.reports.length })}
        </h2>
        <ul className="space-y-3">
          {post.reports.map((each) => {
            const headingId = `laporan-${each.id}`;
            const isThis = each.id === report.id;
            return (
              <li key={each.id}>
                <article
                  aria-labelledby={headingId}
                  className={`space-y-2 rounded border p-3 ${isThis ? "border-brand-700 bg-brand-50" : "border-slate-200"}`}
                >
                  <header className="flex flex-wrap items-baseline justify-between gap-2">
                    <h3 id={headingId} className="font-semibold">
                      {isThis ? `${t("thisReport")}: ` : ""}
                      {tReasons(each.reason)}
                    </h3>
                    <span
                      className={
                        each.status === "OPEN"
                          ? "rounded bg-amber-100 px-2 py-0.5 text-sm"
                          : "rounded bg-slate-100 px-2 py-0.5 text-sm"
                      }
                    >
                      {t(`statuses.${each.status}`)}
                    </span>
                  </header>
                  <dl className="grid grid-cols-[minmax(0,auto)_1fr] gap-x-3 gap-y-1 text-sm">
                    <dt className="font-medium">{t("reportedOn")}</dt>
                    <dd>{formatJakartaDate(each.createdAt, locale)}</dd>
                    <dt className="font-medium">{t("reporter")}</dt>
                    <dd className="break-all">{each.reporterEmail ?? t("anonymous")}</dd>
                  </dl>
                  <blockquote className="whitespace-pre-wrap break-words border-l-4 border-slate-300 pl-3">
                    {each.message}
                  </blockquote>
                  {each.status !== "OPEN" ? (
                    <p className="text-sm">
                      {t("handledBy", {
                        name: each.handledBy?.name ?? "—",
                        date: each.handledAt ? formatJakartaDate(each.handledAt, locale) : "—",
                      })}{" "}
                      <span className="whitespace-pre-wrap break-words">{each.handlingNote}</span>
                    </p>
                  ) : null}
                </article>
              </li>
            );
          })}
        </ul>
      </section>

      {report.status === "OPEN" ? (
        <section aria-labelledby="keputusan" className="space-y-3">
          <h2 id="keputusan" className="text-xl font-semibold">
            {t("decisionTitle")}
          </h2>
          <p className="font-medium">
            {holder
              ? holder.id === staff.id
                ? tInbox("handledByYou")
                : tInbox("handledBy", { name: holder.name })
              : tInbox("unassigned")}
          </p>
          <HandlePostReportForm reportId={report.id} canHide={!post.isHidden} />
        </section>
      ) : null}
    </section>
  );
}
