import { getLocale, getTranslations } from "next-intl/server";
import { formatFigureValue } from "@/lib/figures/format";
import { pickLocalized } from "@/lib/i18n/localized";
import type { HeadlineFigure } from "@/lib/figures/queries";

/** A statistic with its value as the source states it, its period and its (linked) source. */
export async function FigureCard({ figure }: { figure: HeadlineFigure }) {
  const locale = await getLocale();
  const t = await getTranslations("Home");
  const note = figure.noteIndonesian ? pickLocalized(locale, figure.noteIndonesian, figure.noteEn) : null;
  return (
    <div className="flex flex-col rounded-lg border border-slate-200 p-4">
      <dt className="order-2 text-sm text-slate-700">
        {pickLocalized(locale, figure.labelIndonesian, figure.labelEn)}
        {note ? <span className="block">{note}</span> : null}
      </dt>
      <dd className="order-1 text-3xl font-bold text-brand-800">{formatFigureValue(figure, locale)}</dd>
      <dd className="order-3 mt-2 text-xs text-slate-600">
        {t("period")}: {pickLocalized(locale, figure.periodLabelIndonesian, figure.periodLabelEn)} · {t("source")}:{" "}
        {figure.sourceUrl ? (
          <a href={figure.sourceUrl} className="underline" rel="noopener noreferrer external" lang="id">
            {figure.sourceName}
          </a>
        ) : (
          <span lang="id">{figure.sourceName}</span>
        )}
      </dd>
    </div>
  );
}
