import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { buildEventJsonLd } from "@/lib/events/event-json-ld";
import { eventTypeSlugs } from "@/lib/events/filters";
import { formatEventTime } from "@/lib/events/format";
import { EVENTS_FEED_PATH, getEventPath } from "@/lib/events/paths";
import { getPublicEvent } from "@/lib/events/queries";
import { isTrainingEventType } from "@/lib/events/schemas";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { getListingPath } from "@/lib/listings/kinds";
import { serializeJsonLd } from "@/lib/seo/listing-json-ld";
import { getSiteUrl } from "@/lib/seo/site-url";
import { EventSampleBadge } from "@/components/events/event-sample-badge";
import { SampleBadge } from "@/components/sample-badge";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { PageSection } from "@/components/page-parts/page-section";
import { SubsectorLinks } from "@/components/subsectors/subsector-links";
import { routes } from "@/lib/site/routes";

// Cached like profiles (docs/decisions/004): rendered on first request, re-rendered at most a minute later and at
// once when staff change the event. Nothing is prerendered at build time: the build has no database.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type PageProps = { params: Promise<{ locale: string; slug: string }> };

const loadEvent = cache((slug: string) => getPublicEvent(slug));

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, slug } = await params;
  const event = await loadEvent(slug);
  if (!event) return {};
  const title = pickLocalized(locale, event.titleIndonesian, event.titleEn);
  const description = pickLocalized(locale, event.descriptionIndonesian, event.descriptionEn).slice(0, 300);
  return {
    ...(await publicPageMetadata(locale, getEventPath(event), { title, description })),
    // Made-up demo events are not for search engines.
    ...(event.isSample ? { robots: { index: false } } : {}),
  };
}

export default async function EventPage({ params }: PageProps) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const event = await loadEvent(slug);
  if (!event) notFound();

  const t = await getTranslations("Events");
  const tType = await getTranslations("EventType");
  const tKecamatan = await getTranslations("Kecamatan");
  const title = pickLocalized(locale, event.titleIndonesian, event.titleEn);
  const description = pickLocalized(locale, event.descriptionIndonesian, event.descriptionEn);
  const siteUrl = getSiteUrl();
  const pageUrl = `${siteUrl}${getPathname({ href: getEventPath(event), locale })}`;
  const organiserName = event.organiser
    ? "listing" in event.organiser
      ? pickLocalized(locale, event.organiser.listing.nameIndonesian, event.organiser.listing.nameEn)
      : event.organiser.name
    : null;
  const organiserUrl =
    event.organiser && "listing" in event.organiser
      ? `${siteUrl}${getPathname({ href: getListingPath(event.organiser.listing), locale })}`
      : undefined;
  const isCancelled = event.status === "CANCELLED";
  const linkClass = "text-brand-700 underline hover:text-brand-900";
  const place = [event.venue, event.kecamatan ? tKecamatan(event.kecamatan) : null].filter(Boolean).join(", ");
  const isTraining = isTrainingEventType(event.type);

  return (
    <article className="space-y-8">
      {event.isSample ? (
        <p role="note" className="rounded border-2 border-accent-800 bg-accent-100 px-4 py-3 text-accent-800">
          <strong className="font-bold uppercase tracking-wide">{t("sampleBadge")}</strong> — {t("sampleBanner")}
        </p>
      ) : null}
      {isCancelled ? (
        <p role="note" className="rounded border-2 border-red-700 bg-red-50 px-4 py-3 font-semibold text-red-800">
          {t("cancelledBanner")}
        </p>
      ) : null}

      <header className="space-y-3">
        <p>
          <Link href={routes.events} className="text-sm text-brand-700 underline">
            {t("backToList")}
          </Link>
        </p>
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
          <Link href={`${routes.events}?jenis=${eventTypeSlugs[event.type]}`} className="hover:underline">
            {tType(event.type)}
          </Link>
          {event.isSample ? <EventSampleBadge /> : null}
        </p>
        <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
        <dl className="fact-list grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-slate-700">{t("when")}</dt>
          <dd>
            <time dateTime={event.startsAt.toISOString()}>{formatEventTime(event.startsAt, event.endsAt, locale)}</time>
            {event.isPast ? <span className="ml-2 text-sm text-slate-600">({t("ended")})</span> : null}
          </dd>
          <dt className="font-medium text-slate-700">{t("where")}</dt>
          <dd>{[place, event.isOnline ? t("online") : null].filter(Boolean).join(" · ")}</dd>
          {organiserName ? (
            <>
              <dt className="font-medium text-slate-700">{t("organiser")}</dt>
              <dd>
                {event.organiser && "listing" in event.organiser ? (
                  <Link href={getListingPath(event.organiser.listing)} className={linkClass}>
                    {organiserName}
                  </Link>
                ) : (
                  organiserName
                )}
              </dd>
            </>
          ) : null}
          {event.programme ? (
            <>
              <dt className="font-medium text-slate-700">{t("programme")}</dt>
              <dd>
                <Link href={`${routes.events}?program=${event.programme.slug}`} className={linkClass}>
                  {pickLocalized(locale, event.programme.nameIndonesian, event.programme.nameEn)}
                </Link>
              </dd>
            </>
          ) : null}
          {event.subsectors.length > 0 ? (
            <>
              <dt className="font-medium text-slate-700">{t("subsectors")}</dt>
              <dd>
                <SubsectorLinks subsectors={event.subsectors} />
              </dd>
            </>
          ) : null}
        </dl>
        {event.registrationUrl && !event.isPast && !isCancelled ? (
          <p>
            <a
              href={event.registrationUrl}
              rel="noopener noreferrer external"
              className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
            >
              {t("register")}
            </a>
          </p>
        ) : null}
      </header>

      <PageSection id="tentang-acara" title={t("aboutTitle")}>
        <p className="max-w-3xl whitespace-pre-line">{description}</p>
      </PageSection>

      {isTraining && event.isPast ? (
        <PageSection id="peserta-acara" title={t("participantsTitle")}>
          <p className="max-w-3xl text-sm text-slate-700">{t("participantsNote")}</p>
          {event.participants.length === 0 ? (
            <p>{t("noParticipants")}</p>
          ) : (
            <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
              {event.participants.map((listing) => (
                <li key={listing.id}>
                  <Link href={getListingPath(listing)} className={linkClass}>
                    {pickLocalized(locale, listing.nameIndonesian, listing.nameEn)}
                  </Link>
                  {listing.isSample ? <SampleBadge /> : null}
                </li>
              ))}
            </ul>
          )}
        </PageSection>
      ) : null}

      <p className="text-sm">
        <a href={EVENTS_FEED_PATH} className={linkClass}>
          {t("feedLink")}
        </a>
      </p>

      {event.isSample ? null : (
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{
            __html: serializeJsonLd(
              buildEventJsonLd(
                {
                  ...event,
                  organiser: organiserName ? { name: organiserName, url: organiserUrl } : null,
                },
                pageUrl,
                locale,
              ),
            ),
          }}
        />
      )}
    </article>
  );
}
