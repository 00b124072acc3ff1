import { getTranslations } from "next-intl/server";

type LocalizedTextProps = {
  locale: string;
  indonesian: string;
  english: string | null | undefined;
  /** Say "(in Indonesian)" after a fallback: for longer texts a reader would otherwise take for a mistake. */
  isFallbackLabelled?: boolean;
};

/**
 * Content kept in two languages: the English text on /en when there is one; otherwise the Indonesian text marked
 * `lang="id"` (so a screen reader pronounces it as Indonesian and a translator offers to translate it).
 */
export async function LocalizedText({ locale, indonesian, english, isFallbackLabelled = false }: LocalizedTextProps) {
  if (locale !== "en") return <>{indonesian}</>;
  if (english) return <>{english}</>;
  const t = isFallbackLabelled ? await getTranslations("Language") : null;
  return (
    <>
      <span lang="id">{indonesian}</span>
      {t ? <span className="ml-1 text-xs text-slate-600">({t("inIndonesian")})</span> : null}
    </>
  );
}
