import { getLocale, getTranslations } from "next-intl/server";
import { pickLocalized } from "@/lib/i18n/localized";
import { listingKinds, listingKindPaths } from "@/lib/listings/kinds";
import { sortValues, type DirectoryFilters } from "@/lib/directory/filters";
import { kecamatanValues } from "@/lib/geo/kecamatan";
import type { DirectoryFacets } from "@/lib/directory/queries";
import { FilterSelect } from "@/components/forms/filter-select";
import { listKelurahanOptions } from "@/lib/geo/kelurahan-parents";

type Props = {
  action: string;
  filters: DirectoryFilters;
  facets: DirectoryFacets;
  subsectors: { slug: string; nameIndonesian: string; nameEn: string }[];
  isKindSelectable: boolean;
  isSubsectorSelectable: boolean;
};

const fieldClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2";

/** A plain GET form: works without JavaScript and produces a shareable URL. */
export async function ListingFilterForm({
  action,
  filters,
  facets,
  subsectors,
  isKindSelectable,
  isSubsectorSelectable,
}: Props) {
  const locale = await getLocale();
  const t = await getTranslations("Directory");
  const tKind = await getTranslations("Kind");
  const tKecamatan = await getTranslations("Kecamatan");
  const withCount = (label: string, count: number | undefined) => `${label} (${count ?? 0})`;
  // Without JavaScript the list cannot follow the kecamatan select: it holds the chosen kecamatan's kelurahan, or
  // all 57 grouped by kecamatan when none is chosen.
  const kelurahanOptions = listKelurahanOptions();
  const kelurahanGroups = kecamatanValues
    .filter((kecamatan) => !filters.kecamatan || kecamatan === filters.kecamatan)
    .map((kecamatan) => ({
      kecamatan,
      options: kelurahanOptions.filter((option) => option.kecamatan === kecamatan),
    }));
  const kelurahanOption = (option: (typeof kelurahanOptions)[number]) => (
    <option key={option.code} value={option.code}>
      {withCount(option.name, facets.kelurahan[option.code])}
    </option>
  );

  return (
    <form action={action} method="get" role="search" aria-label={t("filtersTitle")} className="space-y-4">
      <div>
        <label htmlFor="filter-q" className="font-medium">
          {t("query")}
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={filters.q}
          maxLength={200}
          placeholder={t("queryPlaceholder")}
          className={fieldClass}
        />
      </div>
      {isKindSelectable ? (
        <div>
          <label htmlFor="filter-kind" className="font-medium">
            {t("kind")}
          </label>
          <select
            id="filter-kind"
            name="jenis"
            defaultValue={filters.kind ? listingKindPaths[filters.kind] : ""}
            className={fieldClass}
          >
            <option value="">{t("anyKind")}</option>
            {listingKinds.map((kind) => (
              <option key={kind} value={listingKindPaths[kind]}>
                {withCount(tKind(kind), facets.kind[kind])}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {isSubsectorSelectable ? (
        <FilterSelect
          id="filter-subsector"
          name="subsektor"
          label={t("subsector")}
          anyLabel={t("anySubsector")}
          defaultValue={filters.subsector ?? ""}
          className={fieldClass}
          options={subsectors.map((subsector) => ({
            value: subsector.slug,
            label: withCount(
              pickLocalized(locale, subsector.nameIndonesian, subsector.nameEn),
              facets.subsector[subsector.slug],
            ),
          }))}
        />
      ) : null}
      <div>
        <label htmlFor="filter-kecamatan" className="font-medium">
          {t("kecamatan")}
        </label>
        <select
          id="filter-kecamatan"
          name="kecamatan"
          defaultValue={filters.kecamatan?.toLowerCase() ?? ""}
          className={fieldClass}
        >
          <option value="">{t("anyKecamatan")}</option>
          {kecamatanValues.map((kecamatan) => (
            <option key={kecamatan} value={kecamatan.toLowerCase()}>
              {withCount(tKecamatan(kecamatan), facets.kecamatan[kecamatan])}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-kelurahan" className="font-medium">
          {t("kelurahan")}
        </label>
        <select id="filter-kelurahan" name="kelurahan" defaultValue={filters.kelurahan ?? ""} className={fieldClass}>
          <option value="">
            {filters.kecamatan ? t("anyKelurahanIn", { kecamatan: tKecamatan(filters.kecamatan) }) : t("anyKelurahan")}
          </option>
          {filters.kecamatan
            ? kelurahanGroups[0]?.options.map(kelurahanOption)
            : kelurahanGroups.map((group) => (
                <optgroup key={group.kecamatan} label={tKecamatan(group.kecamatan)}>
                  {group.options.map(kelurahanOption)}
                </optgroup>
              ))}
        </select>
      </div>
      <div className="flex items-start gap-2">
        <input
          id="filter-certified"
          name="bersertifikat"
          type="checkbox"
          value="1"
          defaultChecked={filters.isCertifiedOnly}
          className="mt-1 h-4 w-4"
        />
        <label htmlFor="filter-certified">{t("certifiedOnly")}</label>
      </div>
      <div>
        <label htmlFor="filter-sort" className="font-medium">
          {t("sort")}
        </label>
        <select id="filter-sort" name="urut" defaultValue={filters.sort} className={fieldClass}>
          {sortValues
            .filter((sort) => sort !== "relevan" || filters.q)
            .map((sort) => (
              <option key={sort} value={sort}>
                {t(`sortOptions.${sort}`)}
              </option>
            ))}
        </select>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("apply")}
        </button>
        <a href={action} className="text-brand-700 underline">
          {t("reset")}
        </a>
      </div>
    </form>
  );
}
