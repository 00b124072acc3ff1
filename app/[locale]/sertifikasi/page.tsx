import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { certifiedListingQuery, parseCertifiedListingFilters } from "@/lib/certifications/filters";
import { listCertificationTypes, listCertifiedListings } from "@/lib/certifications/queries";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { getListingPath } from "@/lib/listings/kinds";
import { listSubsectors } from "@/lib/subsectors/queries";
import { SampleBadge } from "@/components/sample-badge";
import { FilterSelect } from "@/components/forms/filter-select";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { ListResults } from "@/components/page-parts/list-results";
import { FilterForm } from "@/components/page-parts/filter-form";
import { FilteredList } from "@/components/page-parts/filtered-list";
import { ProblemList } from "@/components/page-parts/notice";
import { SubsectorFilter } from "@/components/page-parts/subsector-filter";
import { routes } from "@/lib/site/routes";

export async function generateMetadata({ params }: LocalePageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "CertificationsPublic" });
  return publicPageMetadata(locale, routes.certifications, { title: t("listTitle"), description: t("listIntro") });
}

// Filtered by the query string, so rendered per request (docs/decisions/004); validity is worked out for today.
export default async function CertifiedListingsPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  const [types, subsectors] = await Promise.all([listCertificationTypes(), listSubsectors()]);
  const { filters, problems } = parseCertifiedListingFilters(await searchParams, {
    typeSlugs: types.map((type) => type.slug),
    subsectorSlugs: subsectors.map((subsector) => subsector.slug),
  });
  const result = await listCertifiedListings(filters);
  const t = await getTranslations("CertificationsPublic");
  const tKind = await getTranslations("Kind");
  const action = getPathname({ href: routes.certifications, locale });
  const allProblems = result.isPageOutOfRange ? [...problems, "pageOutOfRange" as const] : problems;

  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("listTitle")}</h1>
        <p className="max-w-3xl text-lg">{t("listIntro")}</p>
        <p className="max-w-3xl text-sm text-slate-700">{t("recordsNotIssues")}</p>
        <p>
          <Link href={routes.certificateCheck} className="text-brand-700 underline hover:text-brand-900">
            {t("verifyLink")}
          </Link>
        </p>
      </header>
      <FilteredList
        filtersLabel={t("filtersTitle")}
        filters={
          <FilterForm
            action={action}
            label={t("filtersTitle")}
            applyLabel={t("apply")}
            resetLabel={t("reset")}
            className="space-y-4"
          >
            <FilterSelect
              id="certified-type"
              name="jenis"
              label={t("type")}
              anyLabel={t("anyType")}
              defaultValue={filters.typeSlug}
              options={types.map((type) => ({
                value: type.slug,
                label: pickLocalized(locale, type.nameIndonesian, type.nameEn),
              }))}
            />
            <SubsectorFilter id="certified-subsector" subsectors={subsectors} defaultValue={filters.subsectorSlug} />
          </FilterForm>
        }
        resultsId="hasil-sertifikasi"
        resultsTitle={t("validCertificates")}
        isResultsTitleHidden
      >
        <ProblemList messages={allProblems.map((problem) => t(`problems.${problem}`))} />
        <ListResults
          count={t("resultCount", { count: result.total })}
          page={result.page}
          pageCount={result.pageCount}
          hrefForPage={(page) => `${action}${certifiedListingQuery(filters, page)}`}
        >
          {result.total === 0 ? (
            <p>{t("noResults")}</p>
          ) : (
            <ul className="divide-y divide-slate-200 rounded border border-slate-200">
              {result.listings.map((listing) => (
                <li key={listing.id} className="space-y-1 px-4 py-3">
                  <p>
                    <Link
                      href={getListingPath(listing)}
                      className="font-semibold text-brand-800 underline-offset-2 hover:underline"
                    >
                      {pickLocalized(locale, listing.nameIndonesian, listing.nameEn)}
                    </Link>
                    {listing.isSample ? <SampleBadge /> : null}
                  </p>
                  <p className="text-sm text-slate-600">
                    {tKind(listing.kind)} ·{" "}
                    {pickLocalized(locale, listing.primarySubsector.nameIndonesian, listing.primarySubsector.nameEn)}
                  </p>
                  <p className="text-sm">{pickLocalized(locale, listing.summaryIndonesian, listing.summaryEn)}</p>
                  <ul aria-label={t("validCertificates")} className="flex flex-wrap gap-2 pt-1">
                    {listing.certifications.map((certification) => (
                      <li key={certification.id}>
                        <Link
                          href={routes.certification(certification.id)}
                          className="inline-flex items-center gap-1 rounded border border-brand-700 bg-brand-100 px-2 py-0.5 text-xs font-semibold text-brand-900 hover:underline"
                        >
                          <span aria-hidden="true">✓</span>
                          {pickLocalized(locale, certification.type.nameIndonesian, certification.type.nameEn)}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </ListResults>
      </FilteredList>
    </div>
  );
}
