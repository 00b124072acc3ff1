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
import { EventCardList } from "@/components/events/event-card-list";
import { FilterSelect } from "@/components/forms/filter-select";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { ListResults } from "@/components/page-parts/list-results";
import { FilterForm } from "@/components/page-parts/filter-form";
import { FilteredList } from "@/components/page-parts/filtered-list";
import { ProblemList } from "@/components/page-parts/notice";
import { SubsectorFilter } from "@/components/page-parts/subsector-filter";
import { routes } from "@/lib/site/routes";

export async function generateMetadata({ params }: LocalePageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Events" });
  const metadata = await publicPageMetadata(locale, routes.events, {
    title: t("listTitle"),
    description: t("listIntro"),
  });
  return { ...metadata, alternates: { ...metadata.alternates, types: { "text/calendar": EVENTS_FEED_PATH } } };
}

// Filtered by the query string and split at "now", so rendered per request (docs/decisions/004).
export default async function EventsPage({ params, searchParams }: LocalePageProps) {
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
  const action = getPathname({ href: routes.events, locale });
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

      <FilteredList
        filtersLabel={t("filtersTitle")}
        filters={
          <FilterForm
            action={action}
            label={t("filtersTitle")}
            applyLabel={t("apply")}
            resetLabel={t("reset")}
            resetHref={`${action}${filters.timeframe === "past" ? "?waktu=lalu" : ""}`}
            className="space-y-4"
          >
            {filters.timeframe === "past" ? <input type="hidden" name="waktu" value="lalu" /> : null}
            <FilterSelect
              id="events-type"
              name="jenis"
              label={t("type")}
              anyLabel={t("anyType")}
              defaultValue={filters.type ? eventTypeSlugs[filters.type] : ""}
              options={eventTypeValues.map((type) => ({ value: eventTypeSlugs[type], label: tType(type) }))}
            />
            <SubsectorFilter id="events-subsector" subsectors={subsectors} defaultValue={filters.subsectorSlug} />
            <FilterSelect
              id="events-programme"
              name="program"
              label={t("programme")}
              anyLabel={t("anyProgramme")}
              defaultValue={filters.programmeSlug}
              options={programmes.map((programme) => ({
                value: programme.slug,
                label: pickLocalized(locale, programme.nameIndonesian, programme.nameEn),
              }))}
            />
          </FilterForm>
        }
        resultsId="hasil-acara"
        resultsTitle={filters.timeframe === "past" ? t("pastTitle") : t("upcomingTitle")}
      >
        <ProblemList messages={allProblems.map((problem) => t(`problems.${problem}`))} />
        <ListResults
          count={t("resultCount", { count: result.total })}
          page={result.page}
          pageCount={result.pageCount}
          hrefForPage={(page) => `${action}${publicEventQuery(filters, page)}`}
        >
          {result.total === 0 ? (
            <p>{filters.timeframe === "past" ? t("noPastResults") : t("noUpcomingResults")}</p>
          ) : (
            <EventCardList events={result.events} />
          )}
        </ListResults>
      </FilteredList>
    </div>
  );
}
