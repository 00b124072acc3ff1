import { getLocale, getTranslations } from "next-intl/server";
import { pickLocalized } from "@/lib/i18n/localized";
import { FilterSelect } from "@/components/forms/filter-select";

/** The "subsector" filter of a list page (public or staff): every list names and sends it the same way. */
export async function SubsectorFilter({
  id,
  subsectors,
  defaultValue,
}: {
  id: string;
  subsectors: { slug: string; nameIndonesian: string; nameEn: string }[];
  defaultValue: string | null | undefined;
}) {
  const locale = await getLocale();
  const t = await getTranslations("Directory");
  return (
    <FilterSelect
      id={id}
      name="subsektor"
      label={t("subsector")}
      anyLabel={t("anySubsector")}
      defaultValue={defaultValue}
      options={subsectors.map((subsector) => ({
        value: subsector.slug,
        label: pickLocalized(locale, subsector.nameIndonesian, subsector.nameEn),
      }))}
    />
  );
}
