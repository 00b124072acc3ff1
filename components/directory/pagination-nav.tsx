import { getTranslations } from "next-intl/server";

type Props = { page: number; pageCount: number; hrefForPage: (page: number) => string };

export async function PaginationNav({ page, pageCount, hrefForPage }: Props) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("Directory");
  const linkClass = "rounded border border-slate-300 px-3 py-1 hover:bg-slate-50";
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-3">
      {page > 1 ? (
        <a href={hrefForPage(page - 1)} rel="prev" className={linkClass}>
          {t("previous")}
        </a>
      ) : null}
      <span aria-current="page">{t("pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <a href={hrefForPage(page + 1)} rel="next" className={linkClass}>
          {t("next")}
        </a>
      ) : null}
    </nav>
  );
}
