import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import {
  adminListingQuery,
  MAX_SEARCH_LENGTH,
  parseAdminListingFilters,
  type AdminListingFilters,
} from "@/lib/admin-listings/filters";
import { countFreshnessLists, listListingsForStaff } from "@/lib/admin-listings/queries";
import { formatJakartaDate } from "@/lib/dates";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { listingKindPaths, listingKinds } from "@/lib/listings/kinds";
import { listingStatuses } from "@/lib/listings/statuses";
import { kecamatanValues } from "@/lib/geo/kecamatan";
import { listSubsectors } from "@/lib/subsectors/queries";
import { SampleBadge } from "@/components/sample-badge";
import { FilterSelect } from "@/components/forms/filter-select";
import { DataTable } from "@/components/page-parts/data-table";
import { FilterCheckbox, FilterForm, FilterInput } from "@/components/page-parts/filter-form";
import { ListResults } from "@/components/page-parts/list-results";
import { PageHeader } from "@/components/page-parts/page-header";
import { PageSection } from "@/components/page-parts/page-section";
import { primaryButtonClass } from "@/components/forms/form-field";
import { fieldGroupValues } from "@/lib/reach/schemas";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { SubsectorFilter } from "@/components/page-parts/subsector-filter";
import { apiRoutes, routes } from "@/lib/site/routes";

export const generateMetadata = privatePageMetadata("AdminListings");

export default async function AdminListingsPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const subsectors = await listSubsectors();
  const filters = parseAdminListingFilters(await searchParams, {
    subsectorSlugs: subsectors.map((subsector) => subsector.slug),
  });
  const now = new Date();
  const [result, freshness] = await Promise.all([
    listListingsForStaff(staff, filters, now),
    filters.isStaleOnly || filters.isRemindedOnly ? countFreshnessLists(staff, now) : null,
  ]);
  const t = await getTranslations("AdminListings");
  const tCsv = await getTranslations("ListingCsv");
  const tKind = await getTranslations("Kind");
  const tKecamatan = await getTranslations("Kecamatan");
  const tChecks = await getTranslations("FieldChecks");
  const action = getPathname({ href: routes.admin.listings, locale });
  const listHref = (overrides: Partial<AdminListingFilters>) =>
    `${action}${adminListingQuery({ ...filters, ...overrides }, 1)}`;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <Link href={routes.admin.newListing} className={primaryButtonClass}>
            {t("addNew")}
          </Link>
        }
      >
        <p className="flex w-full flex-wrap gap-4">
          <Link href={routes.admin.importListings} className="text-brand-700 underline">
            {tCsv("tableLinkImport")}
          </Link>
          <a
            href={`${apiRoutes.adminListingsCsv}${adminListingQuery(filters, 1)}`}
            download
            className="text-brand-700 underline"
          >
            {tCsv("tableLinkExport")}
          </a>
          <a
            href={`${apiRoutes.adminListingsXlsx}${adminListingQuery(filters, 1)}`}
            download
            className="text-brand-700 underline"
          >
            {tCsv("tableLinkExportXlsx")}
          </a>
        </p>
      </PageHeader>

      <FilterForm
        action={action}
        label={t("filtersTitle")}
        applyLabel={t("apply")}
        resetLabel={t("reset")}
        className="grid gap-4 rounded border border-slate-200 p-4 md:grid-cols-3 md:items-end"
        footerClassName="flex flex-wrap items-center gap-4 md:col-span-3"
      >
        <FilterInput
          id="admin-listing-q"
          name="q"
          type="search"
          label={t("search")}
          defaultValue={filters.q}
          maxLength={MAX_SEARCH_LENGTH}
        />
        <FilterSelect
          id="admin-listing-kind"
          name="jenis"
          label={t("kind")}
          anyLabel={t("anyKind")}
          defaultValue={filters.kind ? listingKindPaths[filters.kind] : ""}
          options={listingKinds.map((kind) => ({ value: listingKindPaths[kind], label: tKind(kind) }))}
        />
        <SubsectorFilter id="admin-listing-subsector" subsectors={subsectors} defaultValue={filters.subsectorSlug} />
        <FilterSelect
          id="admin-listing-kecamatan"
          name="kecamatan"
          label={t("kecamatan")}
          anyLabel={t("anyKecamatan")}
          defaultValue={filters.kecamatan?.toLowerCase() ?? ""}
          options={kecamatanValues.map((kecamatan) => ({
            value: kecamatan.toLowerCase(),
            label: tKecamatan(kecamatan),
          }))}
        />
        <FilterSelect
          id="admin-listing-status"
          name="status"
          label={t("status")}
          anyLabel={t("anyStatus")}
          defaultValue={filters.status ?? ""}
          options={listingStatuses.map((status) => ({ value: status, label: t(`statusValue.${status}`) }))}
        />
        <FilterSelect
          id="admin-listing-sample"
          name="contoh"
          label={t("sample")}
          anyLabel={t("sampleAny")}
          defaultValue={filters.sample === "only" ? "1" : filters.sample === "none" ? "0" : ""}
          options={[
            { value: "1", label: t("sampleOnly") },
            { value: "0", label: t("sampleNone") },
          ]}
        />
        <FilterSelect
          id="admin-listing-stale-group"
          name="basi-bagian"
          label={tChecks("staleFilter")}
          anyLabel={tChecks("staleAny")}
          defaultValue={filters.staleGroup ?? ""}
          options={fieldGroupValues.map((group) => ({ value: group, label: tChecks(`groups.${group}`) }))}
        />
        <fieldset className="space-y-1 md:col-span-3">
          <legend className="sr-only">{t("filtersTitle")}</legend>
          {(
            [
              ["bersertifikat", "certifiedOnly", filters.isCertifiedOnly],
              ["basi", "staleOnly", filters.isStaleOnly],
              ["pengingat", "remindedOnly", filters.isRemindedOnly],
            ] as const
          ).map(([name, label, isChecked]) => (
            <FilterCheckbox
              key={name}
              id={`admin-listing-${name}`}
              name={name}
              label={t(label)}
              defaultChecked={isChecked}
            />
          ))}
        </fieldset>
      </FilterForm>

      {freshness ? (
        <PageSection
          id="kesegaran"
          title={t("freshnessTitle")}
          className="space-y-2 rounded border border-amber-300 bg-amber-50 p-4"
        >
          <p className="max-w-3xl">{t("freshnessIntro")}</p>
          <ul className="list-disc space-y-1 pl-6">
            <li>
              <a href={listHref({ isStaleOnly: false, isRemindedOnly: true, status: null })} className="underline">
                {t("freshnessReminded", { count: freshness.reminded })}
              </a>
            </li>
            <li>
              <a href={listHref({ isStaleOnly: true, isRemindedOnly: false, status: null })} className="underline">
                {t("freshnessWithoutManagers", { count: freshness.withoutManagers })}
              </a>
            </li>
            <li>
              <a
                href={listHref({ isStaleOnly: false, isRemindedOnly: true, status: "INACTIVE" })}
                className="underline"
              >
                {t("freshnessDeactivated", { count: freshness.deactivated })}
              </a>
            </li>
          </ul>
        </PageSection>
      ) : null}

      <ListResults
        count={t("resultCount", { count: result.total })}
        page={result.page}
        pageCount={result.pageCount}
        hrefForPage={(page) => `${action}${adminListingQuery(filters, page)}`}
      >
        {result.total > 0 ? (
          <DataTable
            caption={t("tableCaption")}
            columns={[
              t("columnName"),
              t("columnKind"),
              t("columnKecamatan"),
              t("columnStatus"),
              t("columnLastVerified"),
              t("columnReminder"),
              t("columnManagers"),
            ]}
          >
            {result.listings.map((listing) => {
              const name = pickLocalized(locale, listing.nameIndonesian, listing.nameEn);
              return (
                <tr key={listing.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    <Link
                      href={routes.admin.listing(listing.id)}
                      aria-label={t("editLabel", { name })}
                      className="font-medium text-brand-700 underline hover:text-brand-900"
                    >
                      {name}
                    </Link>
                    {listing.isSample ? <SampleBadge /> : null}
                    <span className="block text-xs text-slate-600">
                      {pickLocalized(locale, listing.primarySubsector.nameIndonesian, listing.primarySubsector.nameEn)}
                    </span>
                  </th>
                  <td className="py-2 pr-4">{tKind(listing.kind)}</td>
                  <td className="py-2 pr-4">{listing.kecamatan ? tKecamatan(listing.kecamatan) : t("none")}</td>
                  <td className="py-2 pr-4">{t(`statusValue.${listing.status}`)}</td>
                  <td className="py-2 pr-4">
                    {listing.lastVerifiedAt ? formatJakartaDate(listing.lastVerifiedAt, locale) : t("never")}
                  </td>
                  <td className="py-2 pr-4">
                    {listing.freshnessReminderSentAt
                      ? t("reminderSent", { date: formatJakartaDate(listing.freshnessReminderSentAt, locale) })
                      : t("none")}
                  </td>
                  <td className="py-2">{listing._count.managers > 0 ? listing._count.managers : t("noManagers")}</td>
                </tr>
              );
            })}
          </DataTable>
        ) : null}
      </ListResults>
    </div>
  );
}
