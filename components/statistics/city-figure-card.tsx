import { getLocale, getTranslations } from "next-intl/server";
import { formatCalendarDate, dateColumnToIsoDate } from "@/lib/dates";
import { formatFigureValue } from "@/lib/figures/format";
import type { CityFigure } from "@/lib/figures/queries";
import { pickLocalized } from "@/lib/i18n/localized";
import { LocalizedText } from "@/components/i18n/localized-text";

/** A city figure as its source states it, with its period, (linked) source and method. */
export async function CityFigureCard({ figure }: { figure: CityFigure }) {
  const locale = await getLocale();
  const t = await getTranslations("Statistics");
  const note = figure.noteIndonesian ? pickLocalized(locale, figure.noteIndonesian, figure.noteEn) : null;
  return (
    <div className="flex flex-col rounded-lg border border-slate-200 bg-white p-4">
      <dt className="order-2 text-sm text-slate-700">
        {pickLocalized(locale, figure.labelIndonesian, figure.labelEn)}
        {note ? <span className="block">{note}</span> : null}
      </dt>
      <dd className="order-1 text-brand-800">
        <span className="text-3xl font-bold">{formatFigureValue(figure, locale)}</span>
        {/* The unit is part of the figure ("825" alone is not "Rp825 triliun"); a percentage already shows it. */}
        {figure.unit !== "%" ? <span className="ml-2 text-base text-slate-700">{figure.unit}</span> : null}
      </dd>
      <dd className="order-3 mt-2 space-y-1 text-xs text-slate-700">
        <span className="block">
          {t("period")}: {pickLocalized(locale, figure.periodLabelIndonesian, figure.periodLabelEn)}
        </span>
        <span className="block">
          {/* Sources are Indonesian publications, named as they name themselves. */}
          {locale === "en" ? t("sourceInIndonesian") : t("source")}:{" "}
          {figure.sourceUrl ? (
            <a href={figure.sourceUrl} className="underline" rel="noopener noreferrer external" lang="id">
              {figure.sourceName}
            </a>
          ) : (
            <span lang="id">{figure.sourceName}</span>
          )}
          {figure.publishedOn ? (
            <>
              {" "}
              ({t("publishedOn")}{" "}
              <time dateTime={dateColumnToIsoDate(figure.publishedOn)}>
                {formatCalendarDate(figure.publishedOn, locale)}
              </time>
              )
            </>
          ) : null}
        </span>
        <span className="block">
          {t("method")}:{" "}
          {figure.methodIndonesian ? (
            <LocalizedText
              locale={locale}
              indonesian={figure.methodIndonesian}
              english={figure.methodEn}
              isFallbackLabelled
            />
          ) : (
            t("methodUnknown")
          )}
        </span>
      </dd>
    </div>
  );
}
