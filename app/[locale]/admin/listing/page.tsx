import type { Metadata } from "next";
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
import { PaginationNav } from "@/components/directory/pagination-nav";
import { SampleBadge } from "@/components/sample-badge";
import { FilterSelect } from "@/components/forms/filter-select";
import { fieldGroupValues } from "@/lib/reach/schemas";

type PageProps = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const fieldClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2";

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "AdminListings" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AdminListingsPage({ params, searchParams }: PageProps) {
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
  const action = getPathname({ href: "/admin/listing", locale });
  const listHref = (overrides: Partial<AdminListingFilters>) =>
    `${action}${adminListingQuery({ ...filters, ...overrides }, 1)}`;

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-2">
          <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
          <p className="max-w-3xl text-slate-700">{t("intro")}</p>
        </div>
        <Link
          href="/admin/listing/baru"
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("addNew")}
        </Link>
        <p className="flex w-full flex-wrap gap-4">
          <Link href="/admin/listing/impor" className="text-brand-700 underline">
            {tCsv("tableLinkImport")}
          </Link>
          <a
            href={`/api/admin/listings.csv${adminListingQuery(filters, 1)}`}
            download
            className="text-brand-700 underline"
          >
            {tCsv("tableLinkExport")}
          </a>
          <a
            href={`/api/admin/listings.xlsx${adminListingQuery(filters, 1)}`}
            download
            className="text-brand-700 underline"
          >
            {tCsv("tableLinkExportXlsx")}
          </a>
        </p>
      </header>

      <form
        action={action}
        method="get"
        role="search"
        aria-label={t("filtersTitle")}
        className="grid gap-4 rounded border border-slate-200 p-4 md:grid-cols-3 md:items-end"
      >
        <div>
          <label htmlFor="admin-listing-q" className="font-medium">
            {t("search")}
          </label>
          <input
            id="admin-listing-q"
            name="q"
            type="search"
            defaultValue={filters.q}
            maxLength={MAX_SEARCH_LENGTH}
            className={fieldClass}
          />
        </div>
        <div>
          <label htmlFor="admin-listing-kind" className="font-medium">
            {t("kind")}
          </label>
          <select
            id="admin-listing-kind"
            name="jenis"
            defaultValue={filters.kind ? listingKindPaths[filters.kind] : ""}
            className={fieldClass}
          >
            <option value="">{t("anyKind")}</option>
            {listingKinds.map((kind) => (
              <option key={kind} value={listingKindPaths[kind]}>
                {tKind(kind)}
              </option>
            ))}
          </select>
        </div>
        <FilterSelect
          id="admin-listing-subsector"
          name="subsektor"
          label={t("subsector")}
          anyLabel={t("anySubsector")}
          defaultValue={filters.subsectorSlug ?? ""}
          className={fieldClass}
          options={subsectors.map((subsector) => ({
            value: subsector.slug,
            label: pickLocalized(locale, subsector.nameId, subsector.nameEn),
          }))}
        />
        <div>
          <label htmlFor="admin-listing-kecamatan" className="font-medium">
            {t("kecamatan")}
          </label>
          <select
            id="admin-listing-kecamatan"
            name="kecamatan"
            defaultValue={filters.kecamatan?.toLowerCase() ?? ""}
            className={fieldClass}
          >
            <option value="">{t("anyKecamatan")}</option>
            {kecamatanValues.map((kecamatan) => (
              <option key={kecamatan} value={kecamatan.toLowerCase()}>
                {tKecamatan(kecamatan)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="admin-listing-status" className="font-medium">
            {t("status")}
          </label>
          <select id="admin-listing-status" name="status" defaultValue={filters.status ?? ""} className={fieldClass}>
            <option value="">{t("anyStatus")}</option>
            {listingStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`statusValue.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="admin-listing-sample" className="font-medium">
            {t("sample")}
          </label>
          <select
            id="admin-listing-sample"
            name="contoh"
            defaultValue={filters.sample === "only" ? "1" : filters.sample === "none" ? "0" : ""}
            className={fieldClass}
          >
            <option value="">{t("sampleAny")}</option>
            <option value="1">{t("sampleOnly")}</option>
            <option value="0">{t("sampleNone")}</option>
          </select>
        </div>
        <div>
          <label htmlFor="admin-listing-stale-group" className="font-medium">
            {tChecks("staleFilter")}
          </label>
          <select
            id="admin-listing-stale-group"
            name="basi-bagian"
            defaultValue={filters.staleGroup ?? ""}
            className={fieldClass}
          >
            <option value="">{tChecks("staleAny")}</option>
            {fieldGroupValues.map((group) => (
              <option key={group} value={group}>
                {tChecks(`groups.${group}`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="space-y-1 md:col-span-3">
          <legend className="sr-only">{t("filtersTitle")}</legend>
          {(
            [
              ["bersertifikat", "certifiedOnly", filters.isCertifiedOnly],
              ["basi", "staleOnly", filters.isStaleOnly],
              ["pengingat", "remindedOnly", filters.isRemindedOnly],
            ] as const
          ).map(([name, label, isChecked]) => (
            <div key={name} className="flex items-start gap-2">
              <input
                id={`admin-listing-${name}`}
                name={name}
                type="checkbox"
                value="1"
                defaultChecked={isChecked}
                className="mt-1 h-4 w-4"
              />
              <label htmlFor={`admin-listing-${name}`}>{t(label)}</label>
            </div>
          ))}
        </fieldset>
        <div className="flex flex-wrap items-center gap-4 md:col-span-3">
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("apply")}
          </button>
          <a href={action} className="text-brand-700 underline">
            {t("reset")}
          </a>
        </div>
      </form>

      {freshness ? (
        <section aria-labelledby="kesegaran" className="space-y-2 rounded border border-amber-300 bg-amber-50 p-4">
          <h2 id="kesegaran" className="text-xl font-semibold">
            {t("freshnessTitle")}
          </h2>
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
        </section>
      ) : null}

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
                  {t("columnName")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columnKind")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columnKecamatan")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columnStatus")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columnLastVerified")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columnReminder")}
                </th>
                <th scope="col" className="py-2">
                  {t("columnManagers")}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.listings.map((listing) => {
                const name = pickLocalized(locale, listing.nameId, listing.nameEn);
                return (
                  <tr key={listing.id} className="border-b border-slate-200 align-top">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      <Link
                        href={`/admin/listing/${listing.id}`}
                        aria-label={t("editLabel", { name })}
                        className="font-medium text-brand-700 underline hover:text-brand-900"
                      >
                        {name}
                      </Link>
                      {listing.isSample ? <SampleBadge /> : null}
                      <span className="block text-xs text-slate-600">
                        {pickLocalized(locale, listing.primarySubsector.nameId, listing.primarySubsector.nameEn)}
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
            </tbody>
          </table>
        </div>
      ) : null}
      <PaginationNav
        page={result.page}
        pageCount={result.pageCount}
        hrefForPage={(page) => `${action}${adminListingQuery(filters, page)}`}
      />
    </div>
  );
}
