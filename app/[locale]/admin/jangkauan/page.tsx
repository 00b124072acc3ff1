import { getTranslations, setRequestLocale } from "next-intl/server";
import { readNotice } from "@/lib/forms/notices";
import { requireStaff } from "@/lib/auth/session";
import { formatCalendarDate } from "@/lib/dates";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { readReachQuery, toReachQueryString } from "@/lib/reach/filters";
import {
  getProgrammeReach,
  getReachOverview,
  listNeverReachedContacts,
  reachDimensions,
  type ReachRow,
} from "@/lib/reach/queries";
import { getStatisticsScope } from "@/lib/statistics/queries";
import { ReachTable } from "@/components/reach/reach-table";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { Notice } from "@/components/page-parts/notice";
import { DataTable } from "@/components/page-parts/data-table";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { PeriodForm } from "@/components/page-parts/period-form";
import { apiRoutes, routes } from "@/lib/site/routes";

const linkClass = "text-brand-800 underline hover:text-brand-900";

export const generateMetadata = privatePageMetadata("Reach");

/** Staff: how often the city's support reached the directory's listings, and whom to invite next. */
export default async function ReachPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const search = await searchParams;
  const query = readReachQuery(search);
  const { period } = query;
  const scope = getStatisticsScope();
  const [overview, programmes, invites, t] = await Promise.all([
    getReachOverview(staff, scope, period),
    getProgrammeReach(staff, scope, period),
    listNeverReachedContacts(staff, scope, { period }),
    getTranslations("Reach"),
  ]);
  const day = (isoDate: string) => formatCalendarDate(new Date(`${isoDate}T00:00:00Z`), locale);
  const programmeName = (programme: { key: string; nameIndonesian: string | null; nameEn: string | null }) =>
    programme.key === "" || !programme.nameIndonesian
      ? t("outsideProgramme")
      : pickLocalized(locale, programme.nameIndonesian, programme.nameEn);
  const rowLabel = (dimension: (typeof reachDimensions)[number], row: ReachRow) =>
    row.key === ""
      ? t("notRecorded")
      : dimension === "actorType"
        ? t(`actorTypes.${row.key as "BUSINESS"}`)
        : pickLocalized(locale, row.nameIndonesian, row.nameEn);
  const listHref = (extra: Parameters<typeof toReachQueryString>[0]) =>
    `${routes.admin.listingReach}?${toReachQueryString({ period, ...extra })}`;
  const periodQuery = toReachQueryString({ period });

  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
        <p>
          <Link href={routes.admin.recordReach} className={`${linkClass} font-semibold`}>
            {t("recordLink")}
          </Link>
        </p>
      </header>
      {readNotice("reach", search.hasil) ? <Notice tone="success" message={t("recorded")} /> : null}

      <PeriodForm
        action={getPathname({ href: routes.admin.reach, locale })}
        idPrefix="jangkauan"
        period={period}
        namespace="Reach"
      />
      {query.isPeriodFallback ? <Notice tone="error" role="status" isWide message={t("periodFallback")} /> : null}
      <div className="space-y-1">
        <p className="font-medium">{t("periodShown", { from: day(period.from), to: day(period.to) })}</p>
        <p className="max-w-3xl text-sm text-slate-600">{t("method")}</p>
      </div>

      <section aria-labelledby="jangkauan-total" className="space-y-3">
        <h2 id="jangkauan-total" className="text-2xl font-semibold">
          {t("totalsHeading")}
        </h2>
        <ReachTable
          id="tabel-jangkauan-total"
          caption={t("totalsHeading")}
          locale={locale}
          period={period}
          rows={[{ key: "total", label: t("totalsHeading"), counts: overview.total }]}
          programmeLabel={programmeName}
        />
      </section>

      <section aria-labelledby="jangkauan-undang" className="space-y-2 rounded border border-accent-300 p-4">
        <h2 id="jangkauan-undang" className="text-2xl font-semibold">
          {t("inviteHeading")}
        </h2>
        <p className="max-w-3xl">
          {t("inviteIntro", { neverReached: invites.neverReached, withoutConsent: invites.withoutConsent })}
        </p>
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          {/* A download from a route handler, not a page: a plain link, so the browser saves the file. */}
          <a href={`${apiRoutes.reachInvitationsCsv}?${periodQuery}`} download className={`${linkClass} font-semibold`}>
            {t("inviteDownload")}
          </a>
          <a
            href={`${apiRoutes.reachInvitationsXlsx}?${periodQuery}`}
            download
            className={`${linkClass} font-semibold`}
          >
            {t("inviteDownloadXlsx")}
          </a>
          <Link href={listHref({ bucket: "never" })} className={linkClass}>
            {t("inviteList")}
          </Link>
        </p>
      </section>

      {reachDimensions.map((dimension) => {
        const table = (
          <ReachTable
            id={`tabel-jangkauan-${dimension}`}
            caption={t(`dimensions.${dimension}`)}
            locale={locale}
            period={period}
            dimension={dimension}
            rows={overview.rows[dimension].map((row) => ({
              key: row.key,
              label: rowLabel(dimension, row),
              counts: row,
              programmes: row.programmes,
            }))}
            programmeLabel={programmeName}
          />
        );
        return (
          <section key={dimension} aria-labelledby={`jangkauan-${dimension}`} className="space-y-3">
            <h2 id={`jangkauan-${dimension}`} className="text-2xl font-semibold">
              {t(`dimensions.${dimension}`)}
            </h2>
            {table}
          </section>
        );
      })}

      <section aria-labelledby="jangkauan-program" className="space-y-3">
        <h2 id="jangkauan-program" className="text-2xl font-semibold">
          {t("programmeHeading")}
        </h2>
        <p className="max-w-3xl text-slate-700">{t("programmeIntro")}</p>
        {programmes.length === 0 ? (
          <p>{t("noProgrammeRows")}</p>
        ) : (
          <DataTable
            caption={t("programmeHeading")}
            density="compact"
            columns={[
              t("colProgramme"),
              t("colOrganiser"),
              { label: t("colParticipants"), className: "px-2 py-1.5 text-right" },
              { label: t("colNew"), className: "px-2 py-1.5 text-right" },
            ]}
          >
            {programmes.map((programme) => {
              const name = programmeName(programme);
              return (
                <tr key={programme.key} className="border-b border-slate-200 align-top">
                  <th scope="row" className="px-2 py-1.5 font-medium">
                    {name}
                    {programme.year ? <span className="text-slate-600"> ({programme.year})</span> : null}
                  </th>
                  <td className="px-2 py-1.5">{programme.organiserName ?? "—"}</td>
                  <td className="px-2 py-1.5 text-right tabular-nums">
                    <Link
                      href={listHref({ programme: programme.key })}
                      className={linkClass}
                      aria-label={`${t("colParticipants")}: ${name}, ${programme.participants}`}
                    >
                      {programme.participants}
                    </Link>
                  </td>
                  <td className="px-2 py-1.5 text-right tabular-nums">
                    {programme.newParticipants === 0 ? (
                      <span className="text-slate-500">0</span>
                    ) : (
                      <Link
                        href={listHref({ programme: programme.key, isNewOnly: true })}
                        className={linkClass}
                        aria-label={`${t("colNew")}: ${name}, ${programme.newParticipants}`}
                      >
                        {programme.newParticipants}
                      </Link>
                    )}
                  </td>
                </tr>
              );
            })}
          </DataTable>
        )}
      </section>
    </div>
  );
}
