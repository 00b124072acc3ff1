import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import {
  certificationStatusValues,
  EXPIRING_WITHIN_DAYS,
  MAX_SEARCH_LENGTH,
  parseStaffCertificationFilters,
  staffCertificationQuery,
} from "@/lib/certifications/filters";
import { listCertificationTypes } from "@/lib/certifications/queries";
import { listCertificationsForStaff } from "@/lib/certifications/staff-queries";
import { getCertificationValidity } from "@/lib/certifications/validity";
import { dateColumnToIsoDate, formatCalendarDate, formatJakartaDate } from "@/lib/dates";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { CertificationBadge } from "@/components/certification-badge";
import { PaginationNav } from "@/components/directory/pagination-nav";
import { SampleBadge } from "@/components/sample-badge";
import { FilterSelect } from "@/components/forms/filter-select";
import { privatePageMetadata } from "@/lib/seo/page-metadata";

type PageProps = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const fieldClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2";

export const generateMetadata = privatePageMetadata("CertificationAdmin");

export default async function AdminCertificationsPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaff(locale);
  const types = await listCertificationTypes();
  const filters = parseStaffCertificationFilters(await searchParams, { typeSlugs: types.map((type) => type.slug) });
  const result = await listCertificationsForStaff(filters);
  const t = await getTranslations("CertificationAdmin");
  const tStatus = await getTranslations("CertificationStatus");
  const action = getPathname({ href: "/admin/sertifikasi", locale });

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-2">
          <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
          <p className="max-w-3xl text-slate-700">{t("intro")}</p>
        </div>
        <Link
          href="/admin/sertifikasi/baru"
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("addNew")}
        </Link>
      </header>

      <form
        action={action}
        method="get"
        role="search"
        aria-label={t("filtersTitle")}
        className="grid gap-4 rounded border border-slate-200 p-4 md:grid-cols-4 md:items-end"
      >
        <div>
          <label htmlFor="admin-cert-q" className="font-medium">
            {t("search")}
          </label>
          <input
            id="admin-cert-q"
            name="q"
            type="search"
            defaultValue={filters.q}
            maxLength={MAX_SEARCH_LENGTH}
            className={fieldClass}
          />
        </div>
        <div>
          <label htmlFor="admin-cert-status" className="font-medium">
            {t("status")}
          </label>
          <select id="admin-cert-status" name="status" defaultValue={filters.status ?? ""} className={fieldClass}>
            <option value="">{t("anyStatus")}</option>
            {certificationStatusValues.map((status) => (
              <option key={status} value={status}>
                {tStatus(status)}
              </option>
            ))}
          </select>
        </div>
        <FilterSelect
          id="admin-cert-type"
          name="jenis"
          label={t("type")}
          anyLabel={t("anyType")}
          defaultValue={filters.typeSlug ?? ""}
          className={fieldClass}
          options={types.map((type) => ({ value: type.slug, label: pickLocalized(locale, type.nameId, type.nameEn) }))}
        />
        <div className="flex items-start gap-2 md:pb-2">
          <input
            id="admin-cert-expiring"
            name="segera"
            type="checkbox"
            value="1"
            defaultChecked={filters.isExpiringSoon}
            className="mt-1 h-4 w-4"
          />
          <label htmlFor="admin-cert-expiring">{t("expiringSoon", { days: EXPIRING_WITHIN_DAYS })}</label>
        </div>
        <div className="flex flex-wrap items-center gap-4 md:col-span-4">
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("apply")}
          </button>
          <a href={action} className="text-brand-700 underline">
            {t("reset")}
          </a>
        </div>
      </form>

      <p className="font-medium" aria-live="polite">
        {t("resultCount", { count: result.total })}
      </p>
      {result.total > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("tableCaption")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  {t("columnListing")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columnType")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columnNumber")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columnStatus")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columnExpires")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columnChecked")}
                </th>
                <th scope="col" className="py-2">
                  {t("columnActions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.certifications.map((certification) => {
                const listingName = pickLocalized(locale, certification.listing.nameId, certification.listing.nameEn);
                const typeName = pickLocalized(locale, certification.type.nameId, certification.type.nameEn);
                return (
                  <tr key={certification.id} className="border-b border-slate-200 align-top">
                    <td className="py-2 pr-4">
                      {listingName}
                      {certification.listing.isSample ? <SampleBadge /> : null}
                    </td>
                    <td className="py-2 pr-4">{typeName}</td>
                    <td className="break-all py-2 pr-4">{certification.number ?? t("none")}</td>
                    <td className="py-2 pr-4">
                      <CertificationBadge validity={getCertificationValidity(certification)} />
                    </td>
                    <td className="py-2 pr-4">
                      {certification.expiresOn ? (
                        <time dateTime={dateColumnToIsoDate(certification.expiresOn)}>
                          {formatCalendarDate(certification.expiresOn, locale)}
                        </time>
                      ) : (
                        t("none")
                      )}
                    </td>
                    <td className="py-2 pr-4">
                      {certification.lastCheckedAt ? formatJakartaDate(certification.lastCheckedAt, locale) : t("none")}
                    </td>
                    <td className="py-2">
                      <Link
                        href={`/admin/sertifikasi/${certification.id}`}
                        aria-label={t("openLabel", { type: typeName, listing: listingName })}
                        className="text-brand-700 underline hover:text-brand-900"
                      >
                        {t("open")}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <PaginationNav
        page={result.page}
        pageCount={result.pageCount}
        hrefForPage={(page) => `${action}${staffCertificationQuery(filters, page)}`}
      />
    </div>
  );
}
