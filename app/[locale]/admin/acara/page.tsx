import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { formatJakartaDateTime } from "@/lib/dates";
import { eventStatusValues, MAX_SEARCH_LENGTH, parseStaffEventFilters, staffEventQuery } from "@/lib/events/filters";
import { listEventsForStaff } from "@/lib/events/queries";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { PaginationNav } from "@/components/directory/pagination-nav";
import { EventSampleBadge } from "@/components/events/event-sample-badge";
import { privatePageMetadata } from "@/lib/seo/page-metadata";

type PageProps = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const fieldClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2";

export const generateMetadata = privatePageMetadata("EventAdmin");

export default async function AdminEventsPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const filters = parseStaffEventFilters(await searchParams);
  const result = await listEventsForStaff(staff, filters);
  const t = await getTranslations("EventAdmin");
  const tStatus = await getTranslations("EventStatus");
  const tType = await getTranslations("EventType");
  const action = getPathname({ href: "/admin/acara", locale });

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-2">
          <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
          <p className="max-w-3xl text-slate-700">{t("intro")}</p>
        </div>
        <div className="flex flex-wrap gap-3">
          <Link
            href="/admin/acara/baru"
            className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t("addNew")}
          </Link>
          <Link
            href="/admin/program"
            className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
          >
            {t("programmesLink")}
          </Link>
        </div>
      </header>

      {result.pendingCount > 0 ? (
        <p className="max-w-xl rounded border border-amber-600 bg-amber-50 p-3">
          <a href={`${action}?status=PENDING_REVIEW`} className="font-medium text-brand-800 underline">
            {t("pendingCount", { count: result.pendingCount })}
          </a>
        </p>
      ) : null}

      <form
        action={action}
        method="get"
        role="search"
        aria-label={t("filtersTitle")}
        className="grid gap-4 rounded border border-slate-200 p-4 md:grid-cols-3 md:items-end"
      >
        <div>
          <label htmlFor="admin-event-q" className="font-medium">
            {t("search")}
          </label>
          <input
            id="admin-event-q"
            name="q"
            type="search"
            defaultValue={filters.q}
            maxLength={MAX_SEARCH_LENGTH}
            className={fieldClass}
          />
        </div>
        <div>
          <label htmlFor="admin-event-status" className="font-medium">
            {t("status")}
          </label>
          <select id="admin-event-status" name="status" defaultValue={filters.status ?? ""} className={fieldClass}>
            <option value="">{t("anyStatus")}</option>
            {eventStatusValues.map((status) => (
              <option key={status} value={status}>
                {tStatus(status)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("apply")}
          </button>
          <a href={action} className="text-brand-700 underline">
            {t("reset")}
          </a>
        </div>
      </form>

      <p className="font-medium" aria-live="polite">
        {t("resultCount", { count: result.total })}
      </p>
      {result.total > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("tableCaption")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  {t("columnTitle")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columnType")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columnStarts")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columnOrganiser")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columnStatus")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columnParticipants")}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.events.map((event) => {
                const title = pickLocalized(locale, event.titleId, event.titleEn);
                return (
                  <tr key={event.id} className="border-b border-slate-200 align-top">
                    <td className="py-2 pr-4">
                      <Link href={`/admin/acara/${event.id}`} className="text-brand-700 underline hover:text-brand-900">
                        {title}
                      </Link>
                      {event.isSample ? <EventSampleBadge /> : null}
                    </td>
                    <td className="py-2 pr-4">{tType(event.type)}</td>
                    <td className="py-2 pr-4">{formatJakartaDateTime(event.startsAt, locale)}</td>
                    <td className="py-2 pr-4">
                      {event.organiserListing
                        ? pickLocalized(locale, event.organiserListing.nameId, event.organiserListing.nameEn)
                        : (event.organiserName ?? t("none"))}
                    </td>
                    <td className="py-2 pr-4">{tStatus(event.status)}</td>
                    <td className="py-2 pr-4">{event._count.participations}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <PaginationNav
        page={result.page}
        pageCount={result.pageCount}
        hrefForPage={(page) => `${action}${staffEventQuery(filters, page)}`}
      />
    </div>
  );
}
