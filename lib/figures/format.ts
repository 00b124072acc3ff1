import type { FigureQualifier } from "@/lib/generated/prisma/enums";

export type FigureValue = {
  qualifier: FigureQualifier;
  valueMin: number;
  valueMax: number | null;
  unit: string;
};

const qualifierWords: Record<"id" | "en", Partial<Record<FigureQualifier, string>>> = {
  id: { ABOUT: "sekitar", MORE_THAN: "lebih dari", LESS_THAN: "kurang dari" },
  en: { ABOUT: "about", MORE_THAN: "more than", LESS_THAN: "less than" },
};

/** Renders a figure the way its source states it: "186", "22+", "24–26%", "lebih dari 5%". */
export function formatFigureValue(figure: FigureValue, locale: string): string {
  const language = locale === "en" ? "en" : "id";
  const number = new Intl.NumberFormat(language === "en" ? "en-GB" : "id-ID", { maximumFractionDigits: 2 });
  let value = number.format(figure.valueMin);
  if (figure.valueMax !== null && figure.valueMax !== figure.valueMin) value += `–${number.format(figure.valueMax)}`;
  if (figure.qualifier === "AT_LEAST") value += "+";
  if (figure.unit === "%") value += "%";
  const word = qualifierWords[language][figure.qualifier];
  return word ? `${word} ${value}` : value;
}
