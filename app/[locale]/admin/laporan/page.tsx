import { z } from "zod";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { readNotice } from "@/lib/forms/notices";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/auth/session";
import { pickLocalized } from "@/lib/i18n/localized";
import { formatJakartaDate } from "@/lib/dates";
import { getListingPath } from "@/lib/listings/kinds";
import { listProblemReports } from "@/lib/report-handling/queries";
import { reportStatusFilters, type ReportStatusFilter } from "@/lib/report-handling/schemas";
import { HandleReportForm } from "@/components/admin-reports/handle-report-form";
import { PaginationNav } from "@/components/directory/pagination-nav";
import { readRecordId } from "@/lib/forms/redirect-target";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { Notice } from "@/components/page-parts/notice";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { FilterForm } from "@/components/page-parts/filter-form";
import { FilterSelect } from "@/components/forms/filter-select";
import { narrowFieldClass } from "@/components/page-parts/styles";
import { routes } from "@/lib/site/routes";

export const generateMetadata = privatePageMetadata("AdminReports");

const statusKeys = { OPEN: "terbuka", RESOLVED: "selesai", DISMISSED: "diabaikan" } as const;
const pageSchema = z.coerce.number().int().min(1).max(100_000);

/** Problem reports from the public: open ones first; staff resolve or dismiss each with a note. */
export default async function ProblemReportsPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const query = await searchParams;
  const status = (reportStatusFilters as readonly unknown[]).includes(query.status)
    ? (query.status as ReportStatusFilter)
    : null;
  const notice = readNotice("problemReports", query.hasil);
  const parsedPage = pageSchema.safeParse(query.hal);
  const page = parsedPage.success ? parsedPage.data : 1;
  const reportId = typeof query.laporan === "string" ? readRecordId(query.laporan) : null;
  const { reports, total, pageCount, countByStatus } = await listProblemReports(staff, { status, page, reportId });
  const t = await getTranslations("AdminReports");
  const path = getPathname({ href: routes.admin.problemReports, locale });
  const hrefFor = (nextPage: number) => {
    const params = new URLSearchParams();
    if (status) params.set("status", status);
    if (nextPage > 1) params.set("hal", String(nextPage));
    return params.size ? `${path}?${params}` : path;
  };

  return (
    <section className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="max-w-2xl">{t("intro")}</p>
      {notice ? <Notice tone="success" message={t(notice.key)} /> : null}
      <FilterForm
        action={path}
        label={t("filtersLabel")}
        applyLabel={t("applyFilter")}
        className="flex flex-wrap items-end gap-3"
        footerClassName={null}
      >
        <FilterSelect
          id="reports-status"
          name="status"
          label={t("statusFilter")}
          anyLabel={t("allStatuses")}
          defaultValue={status}
          className={narrowFieldClass}
          options={(["OPEN", "RESOLVED", "DISMISSED"] as const).map((value) => ({
            value: statusKeys[value],
            label: t("statusCount", { status: t(`statuses.${value}`), count: countByStatus[value] ?? 0 }),
          }))}
        />
      </FilterForm>

      <p>{t("count", { total })}</p>
      {reportId ? (
        <p>
          <Link href={routes.admin.problemReports} className="text-brand-800 underline">
            {t("showAll")}
          </Link>
        </p>
      ) : null}
      {reports.length === 0 ? <p>{t("empty")}</p> : null}
      <ul className="space-y-4">
        {reports.map((report) => {
          const listingName = pickLocalized(locale, report.listing.nameIndonesian, report.listing.nameEn);
          const headingId = `laporan-${report.id}`;
          return (
            <li key={report.id}>
              <article aria-labelledby={headingId} className="space-y-3 rounded border border-slate-200 p-4">
                <header className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 id={headingId} className="text-lg font-semibold">
                    {report.listing.status === "PUBLISHED" ? (
                      <Link href={getListingPath(report.listing)} className="text-brand-800 underline">
                        {listingName}
                      </Link>
                    ) : (
                      listingName
                    )}
                    <span className="sr-only"> — {t(`reasons.${report.reason}`)}</span>
                  </h2>
                  <span
                    className={
                      report.status === "OPEN"
                        ? "rounded bg-amber-100 px-2 py-0.5 text-sm"
                        : "rounded bg-slate-100 px-2 py-0.5 text-sm"
                    }
                  >
                    {t(`statuses.${report.status}`)}
                  </span>
                </header>
                <dl className="grid grid-cols-[minmax(0,auto)_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="font-medium">{t("reason")}</dt>
                  <dd>{t(`reasons.${report.reason}`)}</dd>
                  <dt className="font-medium">{t("reportedOn")}</dt>
                  <dd>{formatJakartaDate(report.createdAt, locale)}</dd>
                  <dt className="font-medium">{t("reporter")}</dt>
                  <dd className="break-all">{report.reporterEmail ?? t("anonymous")}</dd>
                </dl>
                <blockquote className="whitespace-pre-wrap border-l-4 border-slate-300 pl-3">
                  {report.message}
                </blockquote>
                {report.status !== "OPEN" ? (
                  <p className="text-sm">
                    {t("handledBy", {
                      name: report.handledBy?.name ?? "—",
                      date: report.handledAt ? formatJakartaDate(report.handledAt, locale) : "—",
                    })}{" "}
                    <span className="whitespace-pre-wrap">{report.handlingNote}</span>
                  </p>
                ) : null}
                {report.status === "OPEN" ? (
                  <HandleReportForm reportId={report.id} returnStatus={status ?? ""} />
                ) : null}
              </article>
            </li>
          );
        })}
      </ul>
      <PaginationNav page={page} pageCount={pageCount} hrefForPage={hrefFor} />
    </section>
  );
}
