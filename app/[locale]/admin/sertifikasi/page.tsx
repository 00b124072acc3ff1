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
import { SampleBadge } from "@/components/sample-badge";
import { FilterSelect } from "@/components/forms/filter-select";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { DataTable } from "@/components/page-parts/data-table";
import { FilterCheckbox, FilterForm, FilterInput } from "@/components/page-parts/filter-form";
import { ListResults } from "@/components/page-parts/list-results";
import { PageHeader } from "@/components/page-parts/page-header";
import { primaryButtonClass } from "@/components/forms/form-field";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { routes } from "@/lib/site/routes";

export const generateMetadata = privatePageMetadata("CertificationAdmin");

export default async function AdminCertificationsPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const types = await listCertificationTypes();
  const filters = parseStaffCertificationFilters(await searchParams, { typeSlugs: types.map((type) => type.slug) });
  const result = await listCertificationsForStaff(staff, filters);
  const t = await getTranslations("CertificationAdmin");
  const tStatus = await getTranslations("CertificationStatus");
  const action = getPathname({ href: routes.admin.certifications, locale });

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <Link href={routes.admin.newCertification} className={primaryButtonClass}>
            {t("addNew")}
          </Link>
        }
      />

      <FilterForm
        action={action}
        label={t("filtersTitle")}
        applyLabel={t("apply")}
        resetLabel={t("reset")}
        className="grid gap-4 rounded border border-slate-200 p-4 md:grid-cols-4 md:items-end"
        footerClassName="flex flex-wrap items-center gap-4 md:col-span-4"
      >
        <FilterInput
          id="admin-cert-q"
          name="q"
          type="search"
          label={t("search")}
          defaultValue={filters.q}
          maxLength={MAX_SEARCH_LENGTH}
        />
        <FilterSelect
          id="admin-cert-status"
          name="status"
          label={t("status")}
          anyLabel={t("anyStatus")}
          defaultValue={filters.status}
          options={certificationStatusValues.map((status) => ({ value: status, label: tStatus(status) }))}
        />
        <FilterSelect
          id="admin-cert-type"
          name="jenis"
          label={t("type")}
          anyLabel={t("anyType")}
          defaultValue={filters.typeSlug}
          options={types.map((type) => ({
            value: type.slug,
            label: pickLocalized(locale, type.nameIndonesian, type.nameEn),
          }))}
        />
        <FilterCheckbox
          id="admin-cert-expiring"
          name="segera"
          label={t("expiringSoon", { days: EXPIRING_WITHIN_DAYS })}
          defaultChecked={filters.isExpiringSoon}
          className="flex items-start gap-2 md:pb-2"
        />
      </FilterForm>

      <ListResults
        count={t("resultCount", { count: result.total })}
        page={result.page}
        pageCount={result.pageCount}
        hrefForPage={(page) => `${action}${staffCertificationQuery(filters, page)}`}
      >
        {result.total > 0 ? (
          <DataTable
            caption={t("tableCaption")}
            columns={[
              t("columnListing"),
              t("columnType"),
              t("columnNumber"),
              t("columnStatus"),
              t("columnExpires"),
              t("columnChecked"),
              t("columnActions"),
            ]}
          >
            {result.certifications.map((certification) => {
              const listingName = pickLocalized(
                locale,
                certification.listing.nameIndonesian,
                certification.listing.nameEn,
              );
              const typeName = pickLocalized(locale, certification.type.nameIndonesian, certification.type.nameEn);
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
                      href={routes.admin.certification(certification.id)}
                      aria-label={t("openLabel", { type: typeName, listing: listingName })}
                      className="text-brand-700 underline hover:text-brand-900"
                    >
                      {t("open")}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </DataTable>
        ) : null}
      </ListResults>
    </div>
  );
}
