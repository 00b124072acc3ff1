import { z } from "zod";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { readNotice } from "@/lib/forms/notices";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/auth/session";
import { pickLocalized } from "@/lib/i18n/localized";
import { formatJakartaDate } from "@/lib/dates";
import { listPostsForStaff, listSubsectorNames, type StaffPostFilter } from "@/lib/collaboration/queries";
import { getCollaborationReport, shareOf } from "@/lib/collaboration/report";
import { ModeratePostForm } from "@/components/collaboration/moderate-post-form";
import { PaginationNav } from "@/components/directory/pagination-nav";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { Notice } from "@/components/page-parts/notice";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { FilterForm } from "@/components/page-parts/filter-form";
import { FilterSelect } from "@/components/forms/filter-select";
import { narrowFieldClass } from "@/components/page-parts/styles";
import { routes } from "@/lib/site/routes";

export const generateMetadata = privatePageMetadata("CollaborationAdmin");

const pageSchema = z.coerce.number().int().min(1).max(100_000);

/** Staff: the collaboration report, and every post (hidden ones too) with hide / show-again and a note. */
export default async function AdminCollaborationPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const query = await searchParams;
  const filter: StaffPostFilter = query.tampil === "tersembunyi" ? "tersembunyi" : "semua";
  const parsedPage = pageSchema.safeParse(query.hal);
  const page = parsedPage.success ? parsedPage.data : 1;
  const [report, subsectors, { posts, total, pageCount }] = await Promise.all([
    getCollaborationReport(staff),
    listSubsectorNames(),
    listPostsForStaff(staff, filter, page),
  ]);
  const t = await getTranslations("CollaborationAdmin");
  const tBoard = await getTranslations("Collaboration");
  const subsectorName = (id: string) => {
    const subsector = subsectors.find((entry) => entry.id === id);
    return subsector ? pickLocalized(locale, subsector.nameIndonesian, subsector.nameEn) : "—";
  };
  const percent = new Intl.NumberFormat(locale === "en" ? "en-GB" : "id-ID", {
    style: "percent",
    maximumFractionDigits: 0,
  });
  const share = (part: number) =>
    t("shareValue", { part, whole: report.totals.posts, share: percent.format(shareOf(part, report.totals.posts)) });
  const path = getPathname({ href: routes.admin.collaboration, locale });
  const hrefFor = (nextPage: number) => {
    const params = new URLSearchParams();
    if (filter !== "semua") params.set("tampil", filter);
    if (nextPage > 1) params.set("hal", String(nextPage));
    return params.size ? `${path}?${params}` : path;
  };
  const notice = readNotice("adminCollaboration", query.hasil);
  const cellClass = "border-b border-slate-200 px-3 py-2";

  return (
    <section className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl">{t("intro")}</p>
      </header>
      {notice ? <Notice tone="success" message={t(notice.key)} /> : null}

      <section aria-labelledby="laporan-kolaborasi" className="space-y-6">
        <h2 id="laporan-kolaborasi" className="text-2xl font-semibold">
          {t("reportTitle")}
        </h2>
        <dl className="grid max-w-3xl grid-cols-[minmax(0,auto)_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">{t("totalPosts")}</dt>
          <dd>{report.totals.posts}</dd>
          <dt className="font-medium">{t("shareAnswered")}</dt>
          <dd>{share(report.totals.answered)}</dd>
          <dt className="font-medium">{t("shareDone")}</dt>
          <dd>{share(report.totals.done)}</dd>
        </dl>

        <div className="space-y-2">
          <h3 id="per-subsektor" className="text-xl font-semibold">
            {t("bySubsectorTitle")}
          </h3>
          {report.bySubsector.length === 0 ? (
            <p>{t("noData")}</p>
          ) : (
            <table aria-labelledby="per-subsektor" className="min-w-[28rem] border-collapse text-left">
              <thead>
                <tr>
                  <th scope="col" className={cellClass}>
                    {t("subsector")}
                  </th>
                  <th scope="col" className={cellClass}>
                    {t("posts")}
                  </th>
                  <th scope="col" className={cellClass}>
                    {t("wanted")}
                  </th>
                  <th scope="col" className={cellClass}>
                    {t("offered")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.bySubsector.map((row) => (
                  <tr key={row.subsectorId}>
                    <th scope="row" className={`${cellClass} font-normal`}>
                      {subsectorName(row.subsectorId)}
                    </th>
                    <td className={cellClass}>{row.posts}</td>
                    <td className={cellClass}>{row.wanted}</td>
                    <td className={cellClass}>{row.offered}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>

        <div className="space-y-2">
          <h3 id="pasangan-subsektor" className="text-xl font-semibold">
            {t("pairsTitle")}
          </h3>
          <p className="max-w-3xl text-sm text-slate-700">{t("pairsIntro")}</p>
          {report.topPairs.length === 0 ? (
            <p>{t("noData")}</p>
          ) : (
            <table aria-labelledby="pasangan-subsektor" className="min-w-[28rem] border-collapse text-left">
              <thead>
                <tr>
                  <th scope="col" className={cellClass}>
                    {t("posterSubsector")}
                  </th>
                  <th scope="col" className={cellClass}>
                    {t("partnerSubsector")}
                  </th>
                  <th scope="col" className={cellClass}>
                    {t("collaborations")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.topPairs.map((pair) => (
                  <tr key={`${pair.posterSubsectorId}-${pair.partnerSubsectorId}`}>
                    <td className={cellClass}>{subsectorName(pair.posterSubsectorId)}</td>
                    <td className={cellClass}>{subsectorName(pair.partnerSubsectorId)}</td>
                    <td className={cellClass}>{pair.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </section>

      <section aria-labelledby="daftar-postingan" className="space-y-4">
        <h2 id="daftar-postingan" className="text-2xl font-semibold">
          {t("postsTitle")}
        </h2>
        <FilterForm
          action={path}
          label={t("filterLabel")}
          applyLabel={t("applyFilter")}
          className="flex flex-wrap items-end gap-3"
          footerClassName={null}
        >
          <FilterSelect
            id="collaboration-show"
            name="tampil"
            label={t("show")}
            anyLabel={null}
            defaultValue={filter}
            className={narrowFieldClass}
            options={[
              { value: "semua", label: t("showAll") },
              { value: "tersembunyi", label: t("showHidden") },
            ]}
          />
        </FilterForm>
        <p>{t("count", { total })}</p>
        <ul className="space-y-4">
          {posts.map((post) => {
            const headingId = `postingan-${post.id}`;
            return (
              <li key={post.id}>
                <article aria-labelledby={headingId} className="space-y-2 rounded border border-slate-200 p-4">
                  <header className="flex flex-wrap items-baseline justify-between gap-2">
                    <h3 id={headingId} className="text-lg font-semibold">
                      <Link href={routes.collaborationPost(post.id)} className="text-brand-800 underline">
                        {post.title}
                      </Link>
                    </h3>
                    <span className="flex flex-wrap gap-2 text-sm">
                      <span className="rounded bg-slate-100 px-2 py-0.5">{tBoard(`kinds.${post.kind}`)}</span>
                      {post.isHidden ? (
                        <span className="rounded bg-red-100 px-2 py-0.5 text-red-800">{t("hiddenBadge")}</span>
                      ) : null}
                    </span>
                  </header>
                  <p className="text-sm text-slate-700">
                    {t("postedBy", {
                      listing: pickLocalized(locale, post.listing.nameIndonesian, post.listing.nameEn),
                      author: post.author?.name ?? t("unknownAuthor"),
                      date: formatJakartaDate(post.createdAt, locale),
                    })}{" "}
                    · {tBoard("responseCount", { count: post._count.responses })}
                  </p>
                  <p className="line-clamp-3 whitespace-pre-line text-sm">{post.description}</p>
                  {post.isHidden && post.hiddenNote ? (
                    <p className="text-sm">{t("hiddenNote", { note: post.hiddenNote })}</p>
                  ) : null}
                  <ModeratePostForm
                    postId={post.id}
                    title={post.title}
                    isHidden={post.isHidden}
                    returnFilter={filter}
                  />
                </article>
              </li>
            );
          })}
        </ul>
        <PaginationNav page={page} pageCount={pageCount} hrefForPage={hrefFor} />
      </section>
    </section>
  );
}
