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
import { PaginationNav } from "@/components/directory/pagination-nav";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import type { LocalePageProps } from "@/lib/i18n/page-props";

type PageProps = LocalePageProps;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Collaboration" });
  return publicPageMetadata(locale, "/kolaborasi", { title: t("title"), description: t("metaDescription") });
}

/** The public collaboration board: server-rendered per request from its query-string filters. */
export default async function CollaborationBoardPage({ params, searchParams }: PageProps) {
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
  const action = getPathname({ href: "/kolaborasi", locale });
  const today = todayInJakarta();

  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-lg">{t("intro")}</p>
        <p>
          <Link
            href="/kolaborasi/baru"
            className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t("newPost")}
          </Link>
        </p>
      </header>
      <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
        <aside aria-label={t("filtersTitle")}>
          <BoardFilterForm action={action} filters={filters} subsectors={subsectors} />
        </aside>
        <section aria-labelledby="postingan" className="space-y-4">
          <h2 id="postingan" className="sr-only">
            {t("resultsTitle")}
          </h2>
          {allProblems.length > 0 ? (
            <ul
              role="status"
              className="space-y-1 rounded border border-accent-800/30 bg-accent-100 p-3 text-sm text-accent-800"
            >
              {allProblems.map((problem) => (
                <li key={problem}>{t(`problems.${problem}`)}</li>
              ))}
            </ul>
          ) : null}
          <p className="font-medium" aria-live="polite">
            {t("resultCount", { count: board.total })}
          </p>
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
          <PaginationNav
            page={board.page}
            pageCount={board.pageCount}
            hrefForPage={(page) => `${action}${toBoardSearchParams(filters, page)}`}
          />
        </section>
      </div>
    </div>
  );
}
