import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { listFiguresForStaff } from "@/lib/figures/admin-queries";
import { formatFigureValue } from "@/lib/figures/format";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { DataTable } from "@/components/page-parts/data-table";
import { routes } from "@/lib/site/routes";

type PageProps = { params: Promise<{ locale: string }> };

export const generateMetadata = privatePageMetadata("FigureAdmin");

export default async function AdminFiguresPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const figures = await listFiguresForStaff(staff);
  const t = await getTranslations("FigureAdmin");

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-2">
          <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
          <p className="max-w-3xl text-slate-700">{t("intro")}</p>
        </div>
        <Link
          href={routes.admin.newFigure}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("addNew")}
        </Link>
      </header>
      {figures.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DataTable
          caption={t("tableCaption")}
          columns={[
            t("columnLabel"),
            t("columnValue"),
            t("columnPeriod"),
            t("columnSource"),
            t("columnState"),
            t("columnActions"),
          ]}
        >
          {figures.map((figure) => {
            const label = pickLocalized(locale, figure.labelIndonesian, figure.labelEn);
            return (
              <tr key={figure.id} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-4">
                  {label}
                  <span className="block font-mono text-xs text-slate-600">{figure.key}</span>
                </td>
                <td className="py-2 pr-4">
                  {formatFigureValue(figure, locale)}
                  {/* A percentage already carries its sign in the value ("24–26%"). */}
                  {figure.unit === "%" ? null : <span className="text-slate-600"> {figure.unit}</span>}
                </td>
                <td className="py-2 pr-4">{figure.periodLabelIndonesian}</td>
                <td className="py-2 pr-4">{figure.sourceName}</td>
                <td className="py-2 pr-4">
                  {figure.retiredAt ? t("stateRetired") : figure.isHeadline ? t("stateHeadline") : t("stateActive")}
                </td>
                <td className="py-2">
                  <Link
                    href={routes.admin.figure(figure.id)}
                    aria-label={t("editLabel", { label })}
                    className="text-brand-700 underline hover:text-brand-900"
                  >
                    {t("edit")}
                  </Link>
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </div>
  );
}
