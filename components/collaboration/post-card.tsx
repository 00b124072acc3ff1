import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { formatCalendarDate, formatJakartaDate } from "@/lib/dates";
import { getPostState } from "@/lib/collaboration/visibility";
import type { listPublicPosts } from "@/lib/collaboration/queries";
import { SampleBadge } from "@/components/sample-badge";
import { PostBadges } from "./post-badges";
import { PostLocation } from "./post-location";
import { PostSubsectors } from "./post-subsectors";
import { routes } from "@/lib/site/routes";

type BoardPost = Awaited<ReturnType<typeof listPublicPosts>>["posts"][number];

/** One post on the board: what, by whom, for which subsectors, where and until when. */
export async function PostCard({ post, today }: { post: BoardPost; today: string }) {
  const locale = await getLocale();
  const t = await getTranslations("Collaboration");
  const headingId = `post-${post.id}`;
  // A post is written once, in Indonesian: on /en its own words are marked so (the board says so above the list).
  const contentLang = locale === "en" ? "id" : undefined;
  return (
    <article aria-labelledby={headingId} className="space-y-2 rounded-lg border border-slate-200 p-4">
      <PostBadges kind={post.kind} state={getPostState(post, today)} />
      <h3 id={headingId} className="text-lg font-semibold">
        <Link
          href={routes.collaborationPost(post.id)}
          className="text-brand-800 underline hover:text-brand-900"
          lang={contentLang}
        >
          {post.title}
        </Link>
        {/* A space, not a margin, before the badge: when it wraps, it starts flush under the title. */}
        {post.isSample ? (
          <>
            {" "}
            <SampleBadge className="" />
          </>
        ) : null}
      </h3>
      <p className="text-sm text-slate-700">
        {t("postedFor", { name: pickLocalized(locale, post.listing.nameIndonesian, post.listing.nameEn) })} ·{" "}
        <PostLocation kecamatan={post.kecamatan} isOnline={post.isOnline} /> ·{" "}
        {post.deadline ? t("deadline", { date: formatCalendarDate(post.deadline, locale) }) : t("noDeadline")}
      </p>
      <p className="line-clamp-3 whitespace-pre-line" lang={contentLang}>
        {post.description}
      </p>
      <PostSubsectors subsectors={post.subsectors} />
      <p className="text-sm text-slate-600">
        {t("postedOn", { date: formatJakartaDate(post.createdAt, locale) })} ·{" "}
        {t("responseCount", { count: post._count.responses })}
        {post.outcome ? ` · ${t("closedOutcome", { outcome: t(`outcomes.${post.outcome}`) })}` : ""}
      </p>
    </article>
  );
}
