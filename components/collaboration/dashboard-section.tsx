import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { formatCalendarDate, todayInJakarta } from "@/lib/dates";
import { listMatchingOpenPosts, listMyPosts, listSubsectorNames } from "@/lib/collaboration/queries";
import { getPostState } from "@/lib/collaboration/visibility";
import { SampleBadge } from "@/components/sample-badge";
import { FitReasonText } from "./fit-reason";
import { PostBadges } from "./post-badges";
import { routes } from "@/lib/site/routes";

/**
 * The owner dashboard's collaboration part: open posts that fit the user's published listings (with why), and
 * the user's own posts. Everything is scoped to `userId`, the signed-in user the page already checked.
 */
export async function CollaborationDashboardSection({ userId }: { userId: string }) {
  const locale = await getLocale();
  const t = await getTranslations("CollaborationDashboard");
  const tBoard = await getTranslations("Collaboration");
  const [{ hasListings, matches }, myPosts, subsectorNames] = await Promise.all([
    listMatchingOpenPosts(userId),
    listMyPosts(userId),
    listSubsectorNames(),
  ]);
  const today = todayInJakarta();
  const name = (entry: { nameIndonesian: string; nameEn: string | null }) =>
    pickLocalized(locale, entry.nameIndonesian, entry.nameEn);

  return (
    <>
      <section aria-labelledby="kolaborasi-cocok" className="space-y-3">
        <h2 id="kolaborasi-cocok" className="text-xl font-semibold">
          {t("matchesTitle")}
        </h2>
        <p className="text-sm text-slate-700">{t("matchesIntro")}</p>
        {matches.length === 0 ? (
          <p>{t(hasListings ? "noMatches" : "noPublishedListings")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200">
            {matches.map(({ post, listing, fit, hasResponded }) => (
              <li key={post.id} className="space-y-1 px-4 py-3">
                <PostBadges kind={post.kind} state="open" />
                <p>
                  <Link href={routes.collaborationPost(post.id)} className="font-medium text-brand-800 underline">
                    {post.title}
                  </Link>
                  {post.isSample ? <SampleBadge /> : null}
                  {hasResponded ? (
                    <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-sm">{t("alreadyResponded")}</span>
                  ) : null}
                </p>
                <p className="text-sm text-slate-600">
                  {tBoard("postedFor", { name: name(post.listing) })}
                  {post.deadline ? ` · ${tBoard("deadline", { date: formatCalendarDate(post.deadline, locale) })}` : ""}
                </p>
                <p className="text-sm">
                  <FitReasonText reason={fit.reason} subsectors={subsectorNames} listingName={name(listing)} />
                </p>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href={routes.collaboration} className="text-brand-700 underline">
            {t("browse")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="postingan-saya" className="space-y-3">
        <h2 id="postingan-saya" className="text-xl font-semibold">
          {t("myPostsTitle")}
        </h2>
        <p>
          <Link
            href={routes.newCollaborationPost}
            className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {tBoard("newPost")}
          </Link>
        </p>
        {myPosts.length === 0 ? (
          <p>{t("noPosts")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200">
            {myPosts.map((post) => (
              <li key={post.id} className="space-y-1 px-4 py-3">
                <PostBadges kind={post.kind} state={getPostState(post, today)} />
                <p>
                  <Link href={routes.collaborationPost(post.id)} className="font-medium text-brand-800 underline">
                    {post.title}
                  </Link>
                  {post.isHidden ? (
                    <span className="ml-2 rounded bg-red-100 px-2 py-0.5 text-sm text-red-800">{t("hidden")}</span>
                  ) : null}
                </p>
                <p className="text-sm text-slate-600">
                  {tBoard("postedFor", { name: name(post.listing) })} ·{" "}
                  {tBoard("responseCount", { count: post._count.responses })}
                  {post.outcome ? ` · ${tBoard("closedOutcome", { outcome: tBoard(`outcomes.${post.outcome}`) })}` : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
