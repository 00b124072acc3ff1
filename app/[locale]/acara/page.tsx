import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import {
  eventTypeSlugs,
  parsePublicEventFilters,
  publicEventQuery,
  type PublicEventFilters,
} from "@/lib/events/filters";
import { EVENTS_FEED_PATH } from "@/lib/events/paths";
import { listEventFilterOptions, listPublicEvents } from "@/lib/events/queries";
import { eventTypeValues } from "@/lib/events/schemas";
import { getPathname } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { PaginationNav } from "@/components/directory/pagination-nav";
import { EventCardList } from "@/components/events/event-card-list";
import { FilterSelect } from "@/components/forms/filter-select";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { PageSection } from "@/components/page-parts/page-section";
import type { LocalePageProps } from "@/lib/i18n/page-props";

type PageProps = LocalePageProps;

const fieldClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2";

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Events" });
  const metadata = await publicPageMetadata(locale, "/acara", { title: t("listTitle"), description: t("listIntro") });
  return { ...metadata, alternates: { ...metadata.alternates, types: { "text/calendar": EVENTS_FEED_PATH } } };
}

// Filtered by the query string and split at "now", so rendered per request (docs/decisions/004).
export default async function EventsPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  const { subsectors, programmes } = await listEventFilterOptions();
  const { filters, problems } = parsePublicEventFilters(await searchParams, {
    subsectorSlugs: subsectors.map((subsector) => subsector.slug),
    programmeSlugs: programmes.map((programme) => programme.slug),
  });
  const result = await listPublicEvents(filters);
  const t = await getTranslations("Events");
  const tType = await getTranslations("EventType");
  const action = getPathname({ href: "/acara", locale });
  const allProblems = result.isPageOutOfRange ? [...problems, "pageOutOfRange" as const] : problems;
  const timeframes: { value: PublicEventFilters["timeframe"]; label: string }[] = [
    { value: "upcoming", label: t("upcoming") },
    { value: "past", label: t("past") },
  ];

  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("listTitle")}</h1>
        <p className="max-w-3xl text-lg">{t("listIntro")}</p>
        <p className="max-w-3xl text-sm text-slate-700">{t("timeZoneNote")}</p>
        <p>
          {/* Outside the localised pages: one feed for both languages. */}
          <a href={EVENTS_FEED_PATH} className="text-brand-700 underline hover:text-brand-900">
            {t("feedLink")}
          </a>{" "}
          <span className="text-sm text-slate-600">{t("feedHint")}</span>
        </p>
      </header>

      <nav aria-label={t("timeframeLabel")}>
        <ul className="flex flex-wrap gap-2">
          {timeframes.map((timeframe) => {
            const isCurrent = filters.timeframe === timeframe.value;
            return (
              <li key={timeframe.value}>
                <a
                  href={`${action}${publicEventQuery({ ...filters, timeframe: timeframe.value }, 1)}`}
                  aria-current={isCurrent ? "page" : undefined}
                  className={
                    isCurrent
                      ? "inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white"
                      : "inline-block rounded border border-brand-700 px-4 py-2 text-brand-800 hover:bg-brand-50"
                  }
                >
                  {timeframe.label}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>

      <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
        <aside aria-label={t("filtersTitle")}>
          <form action={action} method="get" role="search" aria-label={t("filtersTitle")} className="space-y-4">
            {filters.timeframe === "past" ? <input type="hidden" name="waktu" value="lalu" /> : null}
            <div>
              <label htmlFor="events-type" className="font-medium">
                {t("type")}
              </label>
              <select
                id="events-type"
                name="jenis"
                defaultValue={filters.type ? eventTypeSlugs[filters.type] : ""}
                className={fieldClass}
              >
                <option value="">{t("anyType")}</option>
                {eventTypeValues.map((type) => (
                  <option key={type} value={eventTypeSlugs[type]}>
                    {tType(type)}
                  </option>
                ))}
              </select>
            </div>
            <FilterSelect
              id="events-subsector"
              name="subsektor"
              label={t("subsector")}
              anyLabel={t("anySubsector")}
              defaultValue={filters.subsectorSlug ?? ""}
              className={fieldClass}
              options={subsectors.map((subsector) => ({
                value: subsector.slug,
                label: pickLocalized(locale, subsector.nameId, subsector.nameEn),
              }))}
            />
            <FilterSelect
              id="events-programme"
              name="program"
              label={t("programme")}
              anyLabel={t("anyProgramme")}
              defaultValue={filters.programmeSlug ?? ""}
              className={fieldClass}
              options={programmes.map((programme) => ({
                value: programme.slug,
                label: pickLocalized(locale, programme.nameId, programme.nameEn),
              }))}
            />
            <div className="flex flex-wrap items-center gap-4">
              <button
                type="submit"
                className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
              >
                {t("apply")}
              </button>
              <a
                href={`${action}${filters.timeframe === "past" ? "?waktu=lalu" : ""}`}
                className="text-brand-700 underline"
              >
                {t("reset")}
              </a>
            </div>
          </form>
        </aside>
        <PageSection
          id="hasil-acara"
          title={filters.timeframe === "past" ? t("pastTitle") : t("upcomingTitle")}
          className="space-y-4"
        >
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
            {t("resultCount", { count: result.total })}
          </p>
          {result.total === 0 ? (
            <p>{filters.timeframe === "past" ? t("noPastResults") : t("noUpcomingResults")}</p>
          ) : (
            <EventCardList events={result.events} />
          )}
          <PaginationNav
            page={result.page}
            pageCount={result.pageCount}
            hrefForPage={(page) => `${action}${publicEventQuery(filters, page)}`}
          />
        </PageSection>
      </div>
    </div>
  );
}
