import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { JAKARTA_TIME_ZONE } from "@/lib/dates";
import { Link, getPathname } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { getListingPath } from "@/lib/listings/kinds";
import {
  getManagedListingForInbox,
  listEnquiriesForManager,
  listMonthlyViewsForManager,
} from "@/lib/enquiries/queries";
import { markEnquiryReadAction } from "@/lib/enquiries/actions";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { PageSection } from "@/components/page-parts/page-section";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { DetailHeader } from "@/components/page-parts/page-header";
import { routes } from "@/lib/site/routes";

type PageProps = LocalePageProps<{ id: string }>;

export const generateMetadata = privatePageMetadata("ListingInbox");

const intlLocale = (locale: string) => (locale === "en" ? "en-GB" : "id-ID");

function readPage(value: string | string[] | undefined): number {
  const page = typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.max(1, page);
}

export default async function ListingInboxPage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  const { hal } = await searchParams;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  // Only a manager of this listing gets past here; for anyone else the page does not exist.
  const listing = await getManagedListingForInbox(user.id, id);
  if (!listing) notFound();
  const page = readPage(hal);
  const [inbox, monthlyViews] = await Promise.all([
    listEnquiriesForManager(user.id, listing.id, page),
    listMonthlyViewsForManager(user.id, listing.id),
  ]);
  const t = await getTranslations("ListingInbox");
  const name = pickLocalized(locale, listing.nameIndonesian, listing.nameEn);
  const receivedFormat = new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: JAKARTA_TIME_ZONE,
    dateStyle: "long",
    timeStyle: "short",
  });
  const monthFormat = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: "UTC", month: "long", year: "numeric" });
  const numberFormat = new Intl.NumberFormat(intlLocale(locale));
  const inboxPath = getPathname({ href: routes.account.listingEnquiries(listing.id), locale });
  const pageLinkClass = "rounded border border-slate-300 px-3 py-1 hover:bg-slate-50";

  return (
    <section className="space-y-8">
      <DetailHeader
        backHref={routes.account.home}
        backLabel={t("backToAccount")}
        title={
          <>
            {t("title")}: {name}
          </>
        }
      >
        {listing.status === "PUBLISHED" ? (
          <p>
            <Link href={getListingPath(listing)} className="text-brand-700 underline hover:text-brand-900">
              {t("viewProfile")}
            </Link>
          </p>
        ) : null}
      </DetailHeader>

      <PageSection id="pesan-masuk" title={t("enquiriesTitle")} className="space-y-4">
        <p>
          {t("enquiryCount", { count: inbox.total })}
          {inbox.total > 0 ? ` ${t("unreadCount", { count: inbox.unread })}` : null}
        </p>
        {inbox.enquiries.length > 0 ? (
          <ol className="space-y-4">
            {inbox.enquiries.map((enquiry) => (
              <li key={enquiry.id}>
                <article
                  aria-labelledby={`pesan-${enquiry.id}`}
                  className="space-y-2 rounded border border-slate-200 p-4"
                >
                  <h3 id={`pesan-${enquiry.id}`} className="font-semibold">
                    {t("from", { name: enquiry.senderName })}
                  </h3>
                  {enquiry.readAt === null ? (
                    <p>
                      <span className="rounded bg-amber-100 px-2 py-0.5 text-sm font-medium text-amber-900">
                        {t("unread")}
                      </span>
                    </p>
                  ) : null}
                  <p className="text-sm text-slate-600">
                    <a href={`mailto:${enquiry.senderEmail}`} className="text-brand-700 underline">
                      {t("replyTo", { email: enquiry.senderEmail })}
                    </a>
                    {" · "}
                    <span className="sr-only">{t("receivedAt")} </span>
                    <time dateTime={enquiry.createdAt.toISOString()}>{receivedFormat.format(enquiry.createdAt)}</time>
                  </p>
                  <p className="whitespace-pre-line">{enquiry.message}</p>
                  <form action={markEnquiryReadAction}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="listingId" value={listing.id} />
                    <input type="hidden" name="enquiryId" value={enquiry.id} />
                    <input type="hidden" name="isRead" value={enquiry.readAt === null ? "1" : "0"} />
                    <button
                      type="submit"
                      aria-label={t(enquiry.readAt === null ? "markReadFor" : "markUnreadFor", {
                        name: enquiry.senderName,
                      })}
                      className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-700"
                    >
                      {t(enquiry.readAt === null ? "markRead" : "markUnread")}
                    </button>
                  </form>
                </article>
              </li>
            ))}
          </ol>
        ) : null}
        {inbox.pageCount > 1 ? (
          <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-3">
            {page > 1 ? (
              <a href={`${inboxPath}?hal=${page - 1}`} rel="prev" className={pageLinkClass}>
                {t("previous")}
              </a>
            ) : null}
            <span aria-current="page">{t("pageOf", { page, pageCount: inbox.pageCount })}</span>
            {page < inbox.pageCount ? (
              <a href={`${inboxPath}?hal=${page + 1}`} rel="next" className={pageLinkClass}>
                {t("next")}
              </a>
            ) : null}
          </nav>
        ) : null}
      </PageSection>

      <PageSection id="kunjungan" title={t("viewsTitle")}>
        <p className="max-w-3xl text-slate-700">{t("viewsIntro")}</p>
        <table className="min-w-64 border-collapse">
          <thead>
            <tr>
              <th scope="col" className="border-b border-slate-300 py-1 pr-6 text-left">
                {t("month")}
              </th>
              <th scope="col" className="border-b border-slate-300 py-1 text-right">
                {t("views")}
              </th>
            </tr>
          </thead>
          <tbody>
            {monthlyViews.map((row) => (
              <tr key={row.month}>
                <th scope="row" className="py-1 pr-6 text-left font-normal">
                  {monthFormat.format(new Date(`${row.month}T00:00:00Z`))}
                </th>
                <td className="py-1 text-right tabular-nums">{numberFormat.format(row.views)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="border-t border-slate-300 py-1 pr-6 text-left">
                {t("totalViews")}
              </th>
              <td className="border-t border-slate-300 py-1 text-right font-semibold tabular-nums">
                {numberFormat.format(monthlyViews.reduce((sum, row) => sum + row.views, 0))}
              </td>
            </tr>
          </tfoot>
        </table>
      </PageSection>
    </section>
  );
}
