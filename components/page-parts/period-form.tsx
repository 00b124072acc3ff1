import { getTranslations } from "next-intl/server";
import { primaryButtonClass } from "@/components/forms/form-field";
import { fieldClass } from "@/components/page-parts/styles";

/**
 * A GET form choosing a from–to period (the statistics' training figures, the staff reach figures). The labels are
 * the namespace's periodLegend, periodFrom, periodTo and periodApply messages.
 */
export async function PeriodForm({
  action,
  idPrefix,
  period,
  namespace,
}: {
  action: string;
  idPrefix: string;
  period: { from: string; to: string };
  namespace: "Statistics" | "Reach";
}) {
  const t = await getTranslations(namespace);
  return (
    <form action={action} method="get" className="flex flex-wrap items-end gap-4">
      <fieldset className="flex flex-wrap items-end gap-4">
        <legend className="mb-1 font-medium">{t("periodLegend")}</legend>
        <div>
          <label htmlFor={`${idPrefix}-dari`}>{t("periodFrom")}</label>
          <input id={`${idPrefix}-dari`} name="dari" type="date" defaultValue={period.from} className={fieldClass} />
        </div>
        <div>
          <label htmlFor={`${idPrefix}-sampai`}>{t("periodTo")}</label>
          <input id={`${idPrefix}-sampai`} name="sampai" type="date" defaultValue={period.to} className={fieldClass} />
        </div>
      </fieldset>
      <button type="submit" className={primaryButtonClass}>
        {t("periodApply")}
      </button>
    </form>
  );
}
