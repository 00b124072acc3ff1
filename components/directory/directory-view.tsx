import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { toSearchParams, type DirectoryFilters, type FilterProblem } from "@/lib/directory/filters";
import type { DirectorySearch } from "@/lib/directory/queries";
import { ListingFilterForm } from "@/components/directory/listing-filter-form";
import { ListingResults } from "@/components/directory/listing-results";
import { PaginationNav } from "@/components/directory/pagination-nav";

type Props = {
  /** The localised path of this page, e.g. "/usaha" or "/en/cari". */
  action: string;
  filters: DirectoryFilters;
  problems: FilterProblem[];
  search: DirectorySearch;
  subsectors: { slug: string; nameId: string; nameEn: string }[];
  isKindSelectable: boolean;
  /** False on a subsector's page, where the subsector is part of the path. */
  isSubsectorSelectable?: boolean;
  /** The map with the same filters ("Lihat di peta"); absent on the map page itself. */
  mapHref?: string;
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
}: Props) {
  const t = await getTranslations("Directory");
  const allProblems: FilterProblem[] = search.isPageOutOfRange ? [...problems, "pageOutOfRange"] : problems;
  const hrefForPage = (page: number) =>
    `${action}${toSearchParams({ ...filters, page }, { includeKind: isKindSelectable, includeSubsector: isSubsectorSelectable, page })}`;

  return (
    <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
      <aside aria-label={t("filtersTitle")}>
        <ListingFilterForm
          action={action}
          filters={filters}
          facets={search.facets}
          subsectors={subsectors}
          isKindSelectable={isKindSelectable}
          isSubsectorSelectable={isSubsectorSelectable}
        />
      </aside>
      <section aria-labelledby="hasil" className="space-y-4">
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
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <p className="font-medium" aria-live="polite">
            {t("resultCount", { count: search.total })}
          </p>
          {mapHref ? (
            <a href={mapHref} className="text-brand-700 underline">
              {t("viewOnMap")}
            </a>
          ) : null}
        </div>
        {search.total === 0 ? (
          <div className="space-y-2">
            <p>{t("noResults")}</p>
            <p>{t("suggestionsTitle")}</p>
            <ul className="list-inside list-disc">
              <li>{t("suggestionFewerWords")}</li>
              <li>{t("suggestionRemoveFilters")}</li>
              <li>
                <Link href="/subsektor" className="text-brand-700 underline">
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
