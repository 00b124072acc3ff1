import { getLocale, getTranslations } from "next-intl/server";
import { pickLocalized } from "@/lib/i18n/localized";
import { boardStatusValues, type BoardFilters } from "@/lib/collaboration/filters";
import { collaborationKindPaths, collaborationKinds, ONLINE_LOCATION } from "@/lib/collaboration/schemas";
import { kecamatanValues } from "@/lib/geo/kecamatan";
import { FilterSelect } from "@/components/forms/filter-select";

const fieldClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2";

/** A plain GET form: works without JavaScript and gives a shareable URL, like the directory's filters. */
export async function BoardFilterForm({
  action,
  filters,
  subsectors,
}: {
  action: string;
  filters: BoardFilters;
  subsectors: { slug: string; nameIndonesian: string; nameEn: string }[];
}) {
  const locale = await getLocale();
  const t = await getTranslations("Collaboration");
  const tKecamatan = await getTranslations("Kecamatan");
  const location =
    filters.location === "ONLINE" ? ONLINE_LOCATION : filters.location ? filters.location.toLowerCase() : "";
  return (
    <form action={action} method="get" role="search" aria-label={t("filtersTitle")} className="space-y-4">
      <FilterSelect
        id="board-subsector"
        name="subsektor"
        label={t("subsector")}
        anyLabel={t("anySubsector")}
        defaultValue={filters.subsector ?? ""}
        className={fieldClass}
        options={subsectors.map((subsector) => ({
          value: subsector.slug,
          label: pickLocalized(locale, subsector.nameIndonesian, subsector.nameEn),
        }))}
      />
      <div>
        <label htmlFor="board-kind" className="font-medium">
          {t("kind")}
        </label>
        <select
          id="board-kind"
          name="jenis"
          defaultValue={filters.kind ? collaborationKindPaths[filters.kind] : ""}
          className={fieldClass}
        >
          <option value="">{t("anyKind")}</option>
          {collaborationKinds.map((kind) => (
            <option key={kind} value={collaborationKindPaths[kind]}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="board-location" className="font-medium">
          {t("location")}
        </label>
        <select id="board-location" name="kecamatan" defaultValue={location} className={fieldClass}>
          <option value="">{t("anyLocation")}</option>
          {kecamatanValues.map((kecamatan) => (
            <option key={kecamatan} value={kecamatan.toLowerCase()}>
              {tKecamatan(kecamatan)}
            </option>
          ))}
          <option value={ONLINE_LOCATION}>{t("online")}</option>
        </select>
      </div>
      <div>
        <label htmlFor="board-status" className="font-medium">
          {t("status")}
        </label>
        <select id="board-status" name="status" defaultValue={filters.status} className={fieldClass}>
          {boardStatusValues.map((status) => (
            <option key={status} value={status}>
              {t(`statusFilter.${status}`)}
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
