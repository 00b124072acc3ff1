import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { readNotice } from "@/lib/forms/notices";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { getListingPath } from "@/lib/listings/kinds";
import { formatCalendarDate, formatJakartaDate, todayInJakarta } from "@/lib/dates";
import { getCurrentUser } from "@/lib/auth/session";
import { buildAlternates } from "@/lib/seo/alternates";
import { decideResponseAction } from "@/lib/collaboration/actions";
import {
  getPostForViewer,
  listRespondingListings,
  listResponsesForPoster,
  listSubsectorNames,
  listSuggestedListings,
} from "@/lib/collaboration/queries";
import { getPostState } from "@/lib/collaboration/visibility";
import { SampleBadge } from "@/components/sample-badge";
import { PostBadges } from "@/components/collaboration/post-badges";
import { PostLocation } from "@/components/collaboration/post-location";
import { PostSubsectors } from "@/components/collaboration/post-subsectors";
import { FitReasonText } from "@/components/collaboration/fit-reason";
import { RespondForm } from "@/components/collaboration/respond-form";
import { ClosePostForm } from "@/components/collaboration/close-post-form";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { routes } from "@/lib/site/routes";

type PageProps = LocalePageProps<{ id: string }>;

// generateMetadata and the page both need the post as this viewer may see it: one query per request.
const loadPost = cache(async (id: string) => {
  if (id.length > 100) return { user: null, post: null };
  const user = await getCurrentUser();
  return { user, post: await getPostForViewer(id, user) };
});

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, id } = await params;
  const { post } = await loadPost(id);
  // Here too, so a hidden or unknown post answers 404 before anything is streamed.
  if (!post) notFound();
  return {
    title: post.title,
    description: post.description.slice(0, 160),
    alternates: buildAlternates(locale, routes.collaborationPost(id)),
    ...(post.isHidden ? { robots: { index: false } } : {}),
  };
}

/**
 * A post, the listings that fit it and — for signed-in people — the respond form, or for the poster the
 * responses, with each responder's contact once accepted, and the close form. Rendered per request: what it
 * shows depends on who is looking.
 */
export default async function CollaborationPostPage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { user, post } = await loadPost(id);
  if (!post) notFound();
  // A post is written once, in Indonesian: on /en its own words are marked so, and said so under the title.
  const contentLang = locale === "en" ? "id" : undefined;
  const notice = readNotice("collaborationPost", (await searchParams).hasil);
  const t = await getTranslations("Collaboration");
  const tForm = await getTranslations("CollaborationForm");
  const tReport = await getTranslations("ReportPost");
  const today = todayInJakarta();
  const state = getPostState(post, today);
  const wantedSubsectorIds = post.subsectors.filter((s) => s.role === "WANTED").map((s) => s.subsector.id);
  const [subsectorNames, suggestions, responses, respondingListings] = await Promise.all([
    listSubsectorNames(),
    listSuggestedListings({ listingId: post.listingId, kecamatan: post.kecamatan, wantedSubsectorIds }),
    user && post.isPoster ? listResponsesForPoster(user.id, post.id) : Promise.resolve([]),
    user && !post.isPoster ? listRespondingListings(user.id, post) : Promise.resolve([]),
  ]);
  const name = (entry: { nameIndonesian: string; nameEn: string | null }) =>
    pickLocalized(locale, entry.nameIndonesian, entry.nameEn);
  const availableListings = respondingListings.filter((listing) => listing.collaborationResponses.length === 0);
  const answeredListings = respondingListings.filter((listing) => listing.collaborationResponses.length > 0);

  return (
    <article aria-labelledby="judul-postingan" className="space-y-8">
      {notice ? (
        <p
          role="status"
          className={
            notice.isError
              ? "max-w-2xl rounded border border-red-700 bg-red-50 p-3 text-red-800"
              : "max-w-2xl rounded border border-brand-700 bg-brand-50 p-3"
          }
        >
          {t(notice.key)}
        </p>
      ) : null}
      {post.isHidden ? (
        <p role="note" className="max-w-2xl rounded border-2 border-red-700 bg-red-50 p-3 text-red-800">
          {t("hiddenNotice", { note: post.hiddenNote ?? "—" })}
        </p>
      ) : null}

      <header className="space-y-3">
        <p>
          <Link href={routes.collaboration} className="text-brand-700 underline">
            {t("title")}
          </Link>
        </p>
        <PostBadges kind={post.kind} state={state} />
        <h1 id="judul-postingan" className="text-3xl font-bold text-brand-900">
          <span lang={contentLang}>{post.title}</span>
          {post.isSample ? <SampleBadge /> : null}
        </h1>
        {contentLang ? <p className="text-sm text-slate-600">{t("postsLanguageNote")}</p> : null}
        <p className="text-slate-700">
          {post.listing.status === "PUBLISHED" ? (
            <Link href={getListingPath(post.listing)} className="text-brand-800 underline">
              {t("postedFor", { name: name(post.listing) })}
            </Link>
          ) : (
            t("postedFor", { name: name(post.listing) })
          )}{" "}
          · {t("postedOn", { date: formatJakartaDate(post.createdAt, locale) })}
        </p>
      </header>

      <section aria-labelledby="rincian" className="max-w-3xl space-y-3">
        <h2 id="rincian" className="sr-only">
          {t("details")}
        </h2>
        <p className="whitespace-pre-line text-lg" lang={contentLang}>
          {post.description}
        </p>
        <PostSubsectors subsectors={post.subsectors} />
        <dl className="grid grid-cols-[minmax(0,auto)_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="font-medium">{t("where")}</dt>
          <dd>
            <PostLocation kecamatan={post.kecamatan} isOnline={post.isOnline} />
          </dd>
          <dt className="font-medium">{t("status")}</dt>
          <dd>
            {t(`states.${state}`)} ·{" "}
            {post.deadline ? t("deadline", { date: formatCalendarDate(post.deadline, locale) }) : t("noDeadline")}
          </dd>
        </dl>
        {post.status === "CLOSED" && post.outcome ? (
          <div className="rounded border border-slate-300 bg-slate-50 p-3">
            <p className="font-medium">{t("closedOutcome", { outcome: t(`outcomes.${post.outcome}`) })}</p>
            {post.closedWith ? (
              <p>
                {post.closedWith.status === "PUBLISHED" ? (
                  <Link href={getListingPath(post.closedWith)} className="text-brand-800 underline">
                    {t("closedWith", { name: name(post.closedWith) })}
                  </Link>
                ) : (
                  t("closedWith", { name: name(post.closedWith) })
                )}
              </p>
            ) : null}
            {post.closedAt ? (
              <p className="text-sm">{t("closedOn", { date: formatJakartaDate(post.closedAt, locale) })}</p>
            ) : null}
            {post.outcomeNote ? <p className="mt-1 whitespace-pre-line">{post.outcomeNote}</p> : null}
          </div>
        ) : null}
        {!post.isHidden && !post.isPoster && post.listing.status === "PUBLISHED" ? (
          <p>
            <Link
              href={routes.reportCollaborationPost(post.id)}
              className="text-brand-700 underline hover:text-brand-900"
            >
              {tReport("link")}
            </Link>
          </p>
        ) : null}
      </section>

      {post.isPoster ? (
        <section aria-labelledby="tanggapan" className="space-y-4">
          <h2 id="tanggapan" className="text-2xl font-semibold">
            {t("responsesTitle", { count: responses.length })}
          </h2>
          <p className="max-w-3xl text-sm text-slate-700">{t("responsesIntro")}</p>
          {responses.length === 0 ? <p>{t("noResponses")}</p> : null}
          <ul className="space-y-4">
            {responses.map((response) => {
              const responderName = name(response.listing);
              const headingId = `tanggapan-${response.id}`;
              return (
                <li key={response.id}>
                  <article aria-labelledby={headingId} className="space-y-3 rounded border border-slate-200 p-4">
                    <header className="flex flex-wrap items-baseline justify-between gap-2">
                      <h3 id={headingId} className="text-lg font-semibold">
                        {response.listing.status === "PUBLISHED" ? (
                          <Link href={getListingPath(response.listing)} className="text-brand-800 underline">
                            {responderName}
                          </Link>
                        ) : (
                          responderName
                        )}
                      </h3>
                      <span className="rounded bg-slate-100 px-2 py-0.5 text-sm">
                        {t(`responseStates.${response.status}`)}
                      </span>
                    </header>
                    <p className="text-sm text-slate-600">
                      {pickLocalized(
                        locale,
                        response.listing.primarySubsector.nameIndonesian,
                        response.listing.primarySubsector.nameEn,
                      )}{" "}
                      · {t("respondedOn", { date: formatJakartaDate(response.createdAt, locale) })}
                    </p>
                    <blockquote className="whitespace-pre-wrap border-l-4 border-slate-300 pl-3">
                      {response.message}
                    </blockquote>
                    {response.contact ? (
                      <section aria-labelledby={`kontak-${response.id}`} className="rounded bg-brand-50 p-3">
                        <h4 id={`kontak-${response.id}`} className="font-semibold">
                          {t("contactTitle")}
                        </h4>
                        {response.contact.email ? null : <p>{t("contactUnavailable")}</p>}
                        <dl className="grid grid-cols-[minmax(0,auto)_1fr] gap-x-3 gap-y-1 text-sm">
                          {response.contact.name ? (
                            <>
                              <dt className="font-medium">{t("contactName")}</dt>
                              <dd>{response.contact.name}</dd>
                            </>
                          ) : null}
                          {response.contact.email ? (
                            <>
                              <dt className="font-medium">{t("contactEmail")}</dt>
                              <dd className="break-all">
                                <a href={`mailto:${response.contact.email}`} className="text-brand-800 underline">
                                  {response.contact.email}
                                </a>
                              </dd>
                            </>
                          ) : null}
                          {response.contact.listingEmail ? (
                            <>
                              <dt className="font-medium">{t("contactListingEmail")}</dt>
                              <dd className="break-all">{response.contact.listingEmail}</dd>
                            </>
                          ) : null}
                          {response.contact.listingPhone ? (
                            <>
                              <dt className="font-medium">{t("contactListingPhone")}</dt>
                              <dd>{response.contact.listingPhone}</dd>
                            </>
                          ) : null}
                          {response.contact.listingWhatsapp ? (
                            <>
                              <dt className="font-medium">{t("contactListingWhatsapp")}</dt>
                              <dd>{response.contact.listingWhatsapp}</dd>
                            </>
                          ) : null}
                        </dl>
                      </section>
                    ) : response.status === "SENT" ? (
                      <p className="text-sm text-slate-700">{t("contactHidden")}</p>
                    ) : null}
                    {response.status === "SENT" && post.status === "OPEN" ? (
                      <form action={decideResponseAction} className="flex flex-wrap gap-3">
                        <input type="hidden" name="locale" value={locale} />
                        <input type="hidden" name="postId" value={post.id} />
                        <input type="hidden" name="responseId" value={response.id} />
                        <button
                          type="submit"
                          name="decision"
                          value="ACCEPTED"
                          aria-label={t("acceptFrom", { name: responderName })}
                          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
                        >
                          {t("accept")}
                        </button>
                        <button
                          type="submit"
                          name="decision"
                          value="DECLINED"
                          aria-label={t("declineFrom", { name: responderName })}
                          className="rounded border border-slate-400 px-4 py-2 hover:bg-slate-50"
                        >
                          {t("decline")}
                        </button>
                      </form>
                    ) : null}
                  </article>
                </li>
              );
            })}
          </ul>
          {post.status === "OPEN" ? (
            <section aria-labelledby="tutup-postingan" className="space-y-3 border-t border-slate-200 pt-4">
              <h2 id="tutup-postingan" className="text-2xl font-semibold">
                {tForm("closeTitle")}
              </h2>
              <p className="max-w-3xl text-sm text-slate-700">{tForm("closeIntro")}</p>
              <ClosePostForm
                postId={post.id}
                partners={responses
                  .filter((response) => response.status === "ACCEPTED")
                  .map((response) => ({ id: response.listing.id, name: name(response.listing) }))}
              />
            </section>
          ) : null}
        </section>
      ) : (
        <section aria-labelledby="tanggapi" className="space-y-3">
          <h2 id="tanggapi" className="text-2xl font-semibold">
            {t("respondTitle")}
          </h2>
          {answeredListings.length > 0 ? (
            <div>
              <h3 className="font-semibold">{t("myResponses")}</h3>
              <ul className="list-inside list-disc">
                {answeredListings.map((listing) => (
                  <li key={listing.id}>
                    {t("myResponseStatus", {
                      listing: name(listing),
                      status: t(`responseStates.${listing.collaborationResponses[0]!.status}`),
                    })}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {state !== "open" || post.isHidden ? (
            <p>{t("respondClosed")}</p>
          ) : !user ? (
            <p>
              <Link href={routes.signIn} className="text-brand-700 underline">
                {t("respondSignIn")}
              </Link>
            </p>
          ) : availableListings.length > 0 ? (
            <RespondForm
              postId={post.id}
              listings={availableListings.map((listing) => ({ id: listing.id, name: name(listing) }))}
            />
          ) : answeredListings.length === 0 ? (
            <p>{t("respondNoListing")}</p>
          ) : null}
        </section>
      )}

      <section aria-labelledby="saran" className="space-y-3">
        <h2 id="saran" className="text-2xl font-semibold">
          {t("suggestionsTitle")}
        </h2>
        <p className="max-w-3xl text-sm text-slate-700">{t("suggestionsIntro")}</p>
        {suggestions.length === 0 ? <p>{t("noSuggestions")}</p> : null}
        <ul className="grid gap-3 sm:grid-cols-2">
          {suggestions.map(({ listing, fit }) => (
            <li key={listing.id} className="rounded-lg border border-slate-200 p-4">
              <Link href={getListingPath(listing)} className="font-semibold text-brand-800 hover:underline">
                {name(listing)}
              </Link>
              {listing.isSample ? <SampleBadge /> : null}
              <p className="mt-1 text-sm">
                <FitReasonText reason={fit.reason} subsectors={subsectorNames} />
              </p>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
