import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { toSearchParams, type DirectoryFilters, type FilterProblem } from "@/lib/directory/filters";
import type { DirectorySearch } from "@/lib/directory/queries";
import { ListingFilterForm } from "@/components/directory/listing-filter-form";
import { ListingResults } from "@/components/directory/listing-results";
import { PaginationNav } from "@/components/directory/pagination-nav";
import { routes } from "@/lib/site/routes";

type Props = {
  /** The localised path of this page, e.g. "/usaha" or "/en/cari". */
  action: string;
  filters: DirectoryFilters;
  problems: FilterProblem[];
  search: DirectorySearch;
  subsectors: { slug: string; nameIndonesian: string; nameEn: string }[];
  isKindSelectable: boolean;
  /** False on a subsector's page, where the subsector is part of the path. */
  isSubsectorSelectable?: boolean;
  /** The map with the same filters ("Lihat di peta"); absent on the map page itself. */
  mapHref?: string;
  /** Unfold the filters on a phone from the start: the search page before anything is typed (its box is there). */
  isFilterPanelOpen?: boolean;
};

/** Filters, results and paging shared by the five directories and the search page. */
export async function DirectoryView({
  action,
  filters,
  problems,
  search,
  subsectors,
  isKindSelectable,
  isSubsectorSelectable = true,
  mapHref,
  isFilterPanelOpen = false,
}: Props) {
  const t = await getTranslations("Directory");
  const allProblems: FilterProblem[] = search.isPageOutOfRange ? [...problems, "pageOutOfRange"] : problems;
  const hrefForPage = (page: number) =>
    `${action}${toSearchParams({ ...filters, page }, { includeKind: isKindSelectable, includeSubsector: isSubsectorSelectable, page })}`;

  // Filters in use, counted for the phone's "Filter (n)" disclosure; the sort order and the words typed on the
  // search page are not filters a person would count.
  const activeFilterCount = [
    isKindSelectable && filters.kind,
    isSubsectorSelectable && filters.subsector,
    filters.kecamatan,
    filters.kelurahan,
    filters.isCertifiedOnly,
    isKindSelectable ? null : filters.q,
  ].filter(Boolean).length;

  // One form for both sizes. On a phone it sits behind a disclosure placed after the result count, so the first
  // result is near the top; from `lg` up the disclosure's summary is hidden and its content always shown
  // (`::details-content`), in the left column.
  return (
    <div className="grid gap-x-8 gap-y-4 lg:grid-cols-[18rem_1fr] lg:grid-rows-[auto_1fr]">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 lg:col-start-2 lg:row-start-1">
        <p className="font-medium" aria-live="polite">
          {t("resultCount", { count: search.total })}
        </p>
        {mapHref && search.total > 0 ? (
          <a href={mapHref} className="inline-flex min-h-6 items-center text-brand-700 underline">
            {t("viewOnMap")}
          </a>
        ) : null}
      </div>
      {/* Open from the start when nothing is listed: the advice is to change the filters. */}
      <details
        open={search.total === 0 || isFilterPanelOpen || undefined}
        className="filter-disclosure lg:col-start-1 lg:row-span-2 lg:row-start-1"
      >
        <summary className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded border border-slate-400 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-50 lg:hidden">
          {t("filterToggle", { count: activeFilterCount })}
        </summary>
        <aside aria-label={t("filtersTitle")} className="mt-4 lg:mt-0">
          <ListingFilterForm
            action={action}
            filters={filters}
            facets={search.facets}
            subsectors={subsectors}
            isKindSelectable={isKindSelectable}
            isSubsectorSelectable={isSubsectorSelectable}
          />
        </aside>
      </details>
      <section aria-labelledby="hasil" className="space-y-4 lg:col-start-2 lg:row-start-2">
        <h2 id="hasil" className="sr-only">
          {t("resultsTitle")}
        </h2>
        {allProblems.length > 0 ? (
          <ul
            role="status"
            className="space-y-1 rounded border border-accent-800/30 bg-accent-100 p-3 text-sm text-accent-800"
          >
            {allProblems.map((problem) => (
              <li key={problem}>{t(`problems.${problem}`)}</li>
            ))}
          </ul>
        ) : null}
        {search.total === 0 ? (
          <div className="space-y-2 rounded-lg border border-slate-200 bg-slate-50 p-4">
            <p className="font-medium">{t("noResults")}</p>
            <p>{t("suggestionsTitle")}</p>
            <ul className="list-disc space-y-1 pl-5">
              <li>{t("suggestionFewerWords")}</li>
              <li>{t("suggestionRemoveFilters")}</li>
              <li>
                <Link href={routes.subsectors} className="text-brand-700 underline">
                  {t("suggestionBrowse")}
                </Link>
              </li>
            </ul>
          </div>
        ) : (
          <ListingResults results={search.results} />
        )}
        <PaginationNav page={search.page} pageCount={search.pageCount} hrefForPage={hrefForPage} />
      </section>
    </div>
  );
}
