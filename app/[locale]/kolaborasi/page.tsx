import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { todayInJakarta } from "@/lib/dates";
import { listSubsectors } from "@/lib/subsectors/queries";
import { parseBoardFilters, toBoardSearchParams, type BoardFilterProblem } from "@/lib/collaboration/filters";
import { listPublicPosts } from "@/lib/collaboration/queries";
import { BoardFilterForm } from "@/components/collaboration/board-filter-form";
import { PostCard } from "@/components/collaboration/post-card";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { ListResults } from "@/components/page-parts/list-results";
import { FilteredList } from "@/components/page-parts/filtered-list";
import { ProblemList } from "@/components/page-parts/notice";
import { routes } from "@/lib/site/routes";

export async function generateMetadata({ params }: LocalePageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Collaboration" });
  return publicPageMetadata(locale, routes.collaboration, { title: t("title"), description: t("metaDescription") });
}

/** The public collaboration board: server-rendered per request from its query-string filters. */
export default async function CollaborationBoardPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations("Collaboration");
  const subsectors = await listSubsectors();
  const { filters, problems } = parseBoardFilters(
    await searchParams,
    subsectors.map((subsector) => subsector.slug),
  );
  const board = await listPublicPosts(filters);
  const allProblems: (BoardFilterProblem | "pageOutOfRange")[] = board.isPageOutOfRange
    ? [...problems, "pageOutOfRange"]
    : problems;
  const action = getPathname({ href: routes.collaboration, locale });
  const today = todayInJakarta();

  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-lg">{t("intro")}</p>
        {/* Posts have one language, the one their authors write in (issue 15: marked and labelled on /en). */}
        {locale === "en" ? <p className="text-sm text-slate-600">{t("postsLanguageNote")}</p> : null}
        <p>
          <Link
            href={routes.newCollaborationPost}
            className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t("newPost")}
          </Link>
        </p>
      </header>
      <FilteredList
        filtersLabel={t("filtersTitle")}
        filters={<BoardFilterForm action={action} filters={filters} subsectors={subsectors} />}
        resultsId="postingan"
        resultsTitle={t("resultsTitle")}
        isResultsTitleHidden
      >
        <ProblemList messages={allProblems.map((problem) => t(`problems.${problem}`))} />
        <ListResults
          count={t("resultCount", { count: board.total })}
          page={board.page}
          pageCount={board.pageCount}
          hrefForPage={(page) => `${action}${toBoardSearchParams(filters, page)}`}
        >
          {board.posts.length === 0 ? (
            <p>{t("empty")}</p>
          ) : (
            <ul className="space-y-4">
              {board.posts.map((post) => (
                <li key={post.id}>
                  <PostCard post={post} today={today} />
                </li>
              ))}
            </ul>
          )}
        </ListResults>
      </FilteredList>
    </div>
  );
}
