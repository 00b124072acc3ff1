import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { formatJakartaDateTime } from "@/lib/dates";
import { eventStatusValues, MAX_SEARCH_LENGTH, parseStaffEventFilters, staffEventQuery } from "@/lib/events/filters";
import { listEventsForStaff } from "@/lib/events/queries";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { EventSampleBadge } from "@/components/events/event-sample-badge";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { FilterSelect } from "@/components/forms/filter-select";
import { DataTable } from "@/components/page-parts/data-table";
import { FilterForm, FilterInput } from "@/components/page-parts/filter-form";
import { ListResults } from "@/components/page-parts/list-results";
import { PageHeader } from "@/components/page-parts/page-header";
import { Notice } from "@/components/page-parts/notice";
import { primaryButtonClass } from "@/components/forms/form-field";
import { secondaryButtonClass } from "@/components/page-parts/styles";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { routes } from "@/lib/site/routes";

export const generateMetadata = privatePageMetadata("EventAdmin");

export default async function AdminEventsPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const filters = parseStaffEventFilters(await searchParams);
  const result = await listEventsForStaff(staff, filters);
  const t = await getTranslations("EventAdmin");
  const tStatus = await getTranslations("EventStatus");
  const tType = await getTranslations("EventType");
  const action = getPathname({ href: routes.admin.events, locale });

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <div className="flex flex-wrap gap-3">
            <Link href={routes.admin.newEvent} className={primaryButtonClass}>
              {t("addNew")}
            </Link>
            <Link href={routes.admin.programmes} className={secondaryButtonClass}>
              {t("programmesLink")}
            </Link>
          </div>
        }
      />

      {result.pendingCount > 0 ? (
        <Notice
          tone="warning"
          message={
            <a href={`${action}?status=PENDING_REVIEW`} className="font-medium text-brand-800 underline">
              {t("pendingCount", { count: result.pendingCount })}
            </a>
          }
          role={null}
        />
      ) : null}

      <FilterForm
        action={action}
        label={t("filtersTitle")}
        applyLabel={t("apply")}
        resetLabel={t("reset")}
        className="grid gap-4 rounded border border-slate-200 p-4 md:grid-cols-3 md:items-end"
      >
        <FilterInput
          id="admin-event-q"
          name="q"
          type="search"
          label={t("search")}
          defaultValue={filters.q}
          maxLength={MAX_SEARCH_LENGTH}
        />
        <FilterSelect
          id="admin-event-status"
          name="status"
          label={t("status")}
          anyLabel={t("anyStatus")}
          defaultValue={filters.status}
          options={eventStatusValues.map((status) => ({ value: status, label: tStatus(status) }))}
        />
      </FilterForm>

      <ListResults
        count={t("resultCount", { count: result.total })}
        page={result.page}
        pageCount={result.pageCount}
        hrefForPage={(page) => `${action}${staffEventQuery(filters, page)}`}
      >
        {result.total > 0 ? (
          <DataTable
            caption={t("tableCaption")}
            columns={[
              t("columnTitle"),
              t("columnType"),
              t("columnStarts"),
              t("columnOrganiser"),
              t("columnStatus"),
              t("columnParticipants"),
            ]}
          >
            {result.events.map((event) => (
              <tr key={event.id} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-4">
                  <Link href={routes.admin.event(event.id)} className="text-brand-700 underline hover:text-brand-900">
                    {pickLocalized(locale, event.titleIndonesian, event.titleEn)}
                  </Link>
                  {event.isSample ? <EventSampleBadge /> : null}
                </td>
                <td className="py-2 pr-4">{tType(event.type)}</td>
                <td className="py-2 pr-4">{formatJakartaDateTime(event.startsAt, locale)}</td>
                <td className="py-2 pr-4">
                  {event.organiserListing
                    ? pickLocalized(locale, event.organiserListing.nameIndonesian, event.organiserListing.nameEn)
                    : (event.organiserName ?? t("none"))}
                </td>
                <td className="py-2 pr-4">{tStatus(event.status)}</td>
                <td className="py-2 pr-4">{event._count.participations}</td>
              </tr>
            ))}
          </DataTable>
        ) : null}
      </ListResults>
    </div>
  );
}
