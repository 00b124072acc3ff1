import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { readNotice } from "@/lib/forms/notices";
import { requireStaff } from "@/lib/auth/session";
import { formatJakartaDateTime, toJakartaDateTimeInput } from "@/lib/dates";
import {
  addEventParticipantAction,
  changeEventStatusAction,
  decideEventAction,
  removeEventParticipantAction,
  saveEventAction,
} from "@/lib/events/actions";
import { formatEventTime } from "@/lib/events/format";
import { getEventPath } from "@/lib/events/paths";
import {
  getEventForStaff,
  listOrganiserOptions,
  listProgrammeOptions,
  searchListingsForParticipation,
} from "@/lib/events/queries";
import { isTrainingEventType } from "@/lib/events/schemas";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { getListingPath } from "@/lib/listings/kinds";
import { listSubsectorOptions } from "@/lib/subsectors/queries";
import { DecisionForm } from "@/components/admin/decision-form";
import { EntityHistory } from "@/components/admin/entity-history";
import { EventForm } from "@/components/events/event-form";
import { EventSampleBadge } from "@/components/events/event-sample-badge";
import { SampleBadge } from "@/components/sample-badge";
import { readQueryText } from "@/lib/forms/text";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { PageSection } from "@/components/page-parts/page-section";
import { Notice } from "@/components/page-parts/notice";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { SearchForm } from "@/components/page-parts/filter-form";
import { RowActionForm } from "@/components/page-parts/row-action-form";
import { routes } from "@/lib/site/routes";

type PageProps = LocalePageProps<{ id: string }>;

const linkClass = "text-brand-700 underline hover:text-brand-900";

export const generateMetadata = privatePageMetadata("EventAdmin", "detailTitle");

export default async function AdminEventPage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  const query = await searchParams;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const event = await getEventForStaff(staff, id);
  if (!event) notFound();
  const q = readQueryText(query.q).slice(0, 100);
  const notice = readNotice("event", query.hasil);
  const isTraining = isTrainingEventType(event.type);
  const [subsectors, programmes, organisers, matches] = await Promise.all([
    listSubsectorOptions(locale),
    listProgrammeOptions(staff, event.programmeId),
    listOrganiserOptions(staff),
    isTraining && q ? searchListingsForParticipation(staff, event.id, q) : [],
  ]);
  const t = await getTranslations("EventAdmin");
  const tStatus = await getTranslations("EventStatus");
  const tType = await getTranslations("EventType");
  const tKind = await getTranslations("Kind");
  const title = pickLocalized(locale, event.titleIndonesian, event.titleEn);
  const isPublic = event.status === "PUBLISHED" || event.status === "CANCELLED";
  const canRecordParticipants = event.status === "PUBLISHED" && event.startsAt <= new Date();
  const searchAction = `${getPathname({ href: routes.admin.event(event.id), locale })}#peserta`;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p>
          <Link href={routes.admin.events} className={linkClass}>
            {t("backToList")}
          </Link>
        </p>
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
          {tType(event.type)}
          {event.isSample ? <EventSampleBadge /> : null}
        </p>
        <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-slate-700">{t("status")}</dt>
          <dd>
            <span className="rounded bg-slate-100 px-2 py-0.5">{tStatus(event.status)}</span>
          </dd>
          <dt className="font-medium text-slate-700">{t("when")}</dt>
          <dd>{formatEventTime(event.startsAt, event.endsAt, locale)}</dd>
          {event.proposedBy ? (
            <>
              <dt className="font-medium text-slate-700">{t("proposedBy")}</dt>
              <dd>
                {event.proposedBy.name} ({event.proposedBy.email}) · {formatJakartaDateTime(event.createdAt, locale)}
              </dd>
            </>
          ) : null}
          {event.organiserListing ? (
            <>
              <dt className="font-medium text-slate-700">{t("organiserListing")}</dt>
              <dd>
                {event.organiserListing.status === "PUBLISHED" ? (
                  <Link href={getListingPath(event.organiserListing)} className={linkClass}>
                    {pickLocalized(locale, event.organiserListing.nameIndonesian, event.organiserListing.nameEn)}
                  </Link>
                ) : (
                  pickLocalized(locale, event.organiserListing.nameIndonesian, event.organiserListing.nameEn)
                )}
              </dd>
            </>
          ) : null}
          {event.reviewNote ? (
            <>
              <dt className="font-medium text-slate-700">{t("reviewNote")}</dt>
              <dd className="whitespace-pre-line">{event.reviewNote}</dd>
            </>
          ) : null}
          {isPublic ? (
            <>
              <dt className="font-medium text-slate-700">{t("publicPage")}</dt>
              <dd>
                <Link href={getEventPath(event)} className={linkClass}>
                  {getEventPath(event)}
                </Link>
              </dd>
            </>
          ) : null}
        </dl>
      </header>

      {notice ? <Notice tone={notice.isError ? "error" : "success"} message={t(notice.key)} /> : null}

      {event.status === "PENDING_REVIEW" ? (
        <PageSection id="keputusan" title={t("decisionTitle")}>
          <p className="max-w-3xl text-slate-700">{t("decisionIntro")}</p>
          <DecisionForm action={decideEventAction} hiddenFields={{ eventId: event.id }} />
        </PageSection>
      ) : null}

      {event.status !== "PENDING_REVIEW" ? (
        <PageSection id="status-acara" title={t("statusTitle")}>
          <form action={changeEventStatusAction}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="eventId" value={event.id} />
            <input type="hidden" name="expectedVersion" value={String(event.version)} />
            <input type="hidden" name="change" value={event.status === "PUBLISHED" ? "cancel" : "publish"} />
            {event.status === "PUBLISHED" ? (
              <>
                <p className="mb-2 max-w-3xl text-slate-700">{t("cancelHelp")}</p>
                <button
                  type="submit"
                  className="rounded border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50"
                >
                  {t("cancelSubmit")}
                </button>
              </>
            ) : (
              <>
                <p className="mb-2 max-w-3xl text-slate-700">{t("publishHelp")}</p>
                <button
                  type="submit"
                  className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
                >
                  {t("publishSubmit")}
                </button>
              </>
            )}
          </form>
        </PageSection>
      ) : null}

      {isTraining ? (
        <section id="peserta" aria-labelledby="peserta-judul" className="space-y-4">
          <h2 id="peserta-judul" className="text-xl font-semibold">
            {t("participantsTitle")}
          </h2>
          <p className="max-w-3xl text-slate-700">{t("participantsIntro")}</p>
          {event.participations.length === 0 ? (
            <p>{t("noParticipants")}</p>
          ) : (
            <ul
              aria-label={t("participantsList")}
              className="divide-y divide-slate-200 rounded border border-slate-200"
            >
              {event.participations.map(({ listing, createdAt }) => {
                const name = pickLocalized(locale, listing.nameIndonesian, listing.nameEn);
                return (
                  <li key={listing.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
                    <span>
                      {listing.status === "PUBLISHED" ? (
                        <Link href={getListingPath(listing)} className={linkClass}>
                          {name}
                        </Link>
                      ) : (
                        name
                      )}
                      {listing.isSample ? <SampleBadge /> : null}
                      <span className="block text-sm text-slate-600">
                        {tKind(listing.kind)} · {t("recordedOn", { date: formatJakartaDateTime(createdAt, locale) })}
                      </span>
                    </span>
                    <RowActionForm
                      action={removeEventParticipantAction}
                      fields={{ eventId: event.id, listingId: listing.id }}
                      label={t("removeParticipant")}
                      ariaLabel={t("removeParticipantFor", { name })}
                      tone="danger"
                    />
                  </li>
                );
              })}
            </ul>
          )}
          {canRecordParticipants ? (
            <>
              <SearchForm
                action={searchAction}
                label={t("findParticipant")}
                id="find-participant"
                fieldLabel={t("findParticipantLabel")}
                defaultValue={q}
                maxLength={100}
                submitLabel={t("findSubmit")}
              />
              {/* Right after adding, an empty list just means everyone found is recorded: no second message. */}
              {q && matches.length === 0 && notice?.code !== "peserta-ditambahkan" ? (
                <p role="status">{t("noListingsFound")}</p>
              ) : null}
              {matches.length > 0 ? (
                <ul aria-label={t("matchesList")} className="divide-y divide-slate-200 rounded border border-slate-200">
                  {matches.map((match) => {
                    const name = pickLocalized(locale, match.nameIndonesian, match.nameEn);
                    return (
                      <li key={match.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
                        <span>
                          <span className="font-medium">{name}</span>
                          {match.isSample ? <SampleBadge /> : null}
                          <span className="block text-sm text-slate-600">{tKind(match.kind)}</span>
                        </span>
                        <RowActionForm
                          action={addEventParticipantAction}
                          fields={{ eventId: event.id, listingId: match.id, q }}
                          label={t("addParticipant")}
                          ariaLabel={t("addParticipantFor", { name })}
                          tone="brand"
                        />
                      </li>
                    );
                  })}
                </ul>
              ) : null}
            </>
          ) : (
            <p className="max-w-3xl rounded border border-slate-300 bg-slate-50 p-3 text-slate-700">
              {t("participantsNotYet")}
            </p>
          )}
        </section>
      ) : null}

      <PageSection id="ubah-acara" title={t("editTitle")}>
        <EventForm
          mode="staff"
          action={saveEventAction}
          submitLabel={t("saveSubmit")}
          eventId={event.id}
          expectedVersion={event.version}
          subsectors={subsectors}
          programmes={programmes.map((programme) => ({
            value: programme.id,
            label: `${pickLocalized(locale, programme.nameIndonesian, programme.nameEn)} (${programme.year})`,
          }))}
          organisers={organisers.map((organiser) => ({
            value: organiser.slug,
            label: `${organiser.nameIndonesian} — ${tKind(organiser.kind)}`,
          }))}
          defaults={{
            type: event.type,
            titleIndonesian: event.titleIndonesian,
            titleEn: event.titleEn ?? "",
            descriptionIndonesian: event.descriptionIndonesian,
            descriptionEn: event.descriptionEn ?? "",
            subsectorIds: event.subsectorIds,
            programmeId: event.programmeId ?? "",
            organiserListingSlug: event.organiserListing?.slug ?? "",
            organiserName: event.organiserName ?? "",
            venue: event.venue ?? "",
            kecamatan: event.kecamatan ?? "",
            isOnline: event.isOnline,
            startsAt: toJakartaDateTimeInput(event.startsAt),
            endsAt: toJakartaDateTimeInput(event.endsAt),
            registrationUrl: event.registrationUrl ?? "",
          }}
        />
      </PageSection>

      <EntityHistory entityType="Event" entityId={event.id} />
    </div>
  );
}
