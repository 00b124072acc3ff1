import { IMAGE_VARIANT_WIDTHS_FOR_PHOTOS, imageSrcSet } from "@/lib/uploads/image-variants";
import type { Metadata } from "next";
import { cache } from "react";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatJakartaDate } from "@/lib/dates";
import { Link, getPathname } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { getListingKindByPath, getListingPath } from "@/lib/listings/kinds";
import { findRedirectForSlug, getPublishedListingProfile } from "@/lib/listings/queries";
import { buildListingJsonLd, serializeJsonLd } from "@/lib/seo/listing-json-ld";
import { getSiteUrl } from "@/lib/seo/site-url";
import { LocalizedText } from "@/components/i18n/localized-text";
import { ListingLogo } from "@/components/listing-logo";
import { ListingCover } from "@/components/listing-cover";
import { SampleBanner } from "@/components/sample-banner";
import { ListingFacts } from "@/components/listing-facts";
import { fieldGroupValues } from "@/lib/reach/schemas";
import { ListingLocation } from "@/components/listing-location";
import { ListingContacts } from "@/components/listing-contacts";
import { ListingCertifications } from "@/components/listing-certifications";
import { ListingEvents } from "@/components/events/listing-events";
import { ContactForm } from "@/components/enquiries/contact-form";
import { isEnquiryReadByStaff } from "@/lib/enquiries/queries";
import { ViewBeacon } from "@/components/listings/view-beacon";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { PageSection } from "@/components/page-parts/page-section";
import { SubsectorLinks } from "@/components/subsectors/subsector-links";
import { routes, apiRoutes } from "@/lib/site/routes";

// Public pages are rendered on first request and then served from Next's cache for up to a minute
// (docs/decisions/004-public-page-caching.md). Nothing is prerendered at build time: the build has no database.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type PageProps = { params: Promise<{ locale: string; kind: string; slug: string }> };

// generateMetadata and the page both need the profile: one database query per request.
const loadProfile = cache(getPublishedListingProfile);

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, kind: kindPath, slug } = await params;
  const kind = getListingKindByPath(kindPath);
  if (!kind) return {};
  const profile = await loadProfile(kind, slug);
  if (!profile) return {};

  const title = pickLocalized(locale, profile.nameIndonesian, profile.nameEn);
  const description = pickLocalized(locale, profile.summaryIndonesian, profile.summaryEn);
  return publicPageMetadata(locale, getListingPath(profile), { title, description });
}

export default async function ListingProfilePage({ params }: PageProps) {
  const { locale, kind: kindPath, slug } = await params;
  setRequestLocale(locale);
  const kind = getListingKindByPath(kindPath);
  if (!kind) notFound();
  const profile = await loadProfile(kind, slug);
  if (!profile) {
    const target = await findRedirectForSlug(slug);
    // A listing now living under this very slug but another kind is a wrong URL, not a moved one.
    if (target && target.slug !== slug) permanentRedirect(getPathname({ href: getListingPath(target), locale }));
    notFound();
  }

  const t = await getTranslations("Profile");
  const tReport = await getTranslations("ReportProblem");
  const tOwner = await getTranslations("OwnerListing");
  const tKind = await getTranslations("Kind");
  const [tActor, tReach, tChecks] = await Promise.all([
    getTranslations("ActorType"),
    getTranslations("Reach"),
    getTranslations("FieldChecks"),
  ]);
  const name = pickLocalized(locale, profile.nameIndonesian, profile.nameEn);
  const pageUrl = `${getSiteUrl()}${getPathname({ href: getListingPath(profile), locale })}`;
  const jsonLd = buildListingJsonLd(profile, pageUrl, locale);
  const subsectorLinkClass = "text-brand-700 underline hover:text-brand-900";

  return (
    <article className="space-y-8">
      {profile.isSample ? <SampleBanner kind={profile.kind} /> : null}

      <ListingCover
        slug={profile.slug}
        subsectorSlug={profile.primarySubsector.slug}
        variant="banner"
        coverFileId={profile.coverFileId}
        coverWidth={profile.coverWidth}
        coverHeight={profile.coverHeight}
        coverIsSample={profile.coverIsSample}
      />

      <header className="space-y-3">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{tKind(profile.kind)}</p>
        <div className="flex items-center gap-4">
          <ListingLogo
            name={name}
            subsectorSlug={profile.primarySubsector.slug}
            logoFileId={profile.logoFileId}
            size={80}
            logoAlt={t("logoAlt", { name })}
          />
          <h1 className="min-w-0 text-2xl font-bold break-words text-brand-900 sm:text-3xl">{name}</h1>
        </div>
        <p className="max-w-3xl text-lg">
          <LocalizedText
            locale={locale}
            indonesian={profile.summaryIndonesian}
            english={profile.summaryEn}
            isFallbackLabelled
          />
        </p>
        <dl className="fact-list grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-slate-700">{t("primarySubsector")}</dt>
          <dd>
            <Link href={routes.subsector(profile.primarySubsector.slug)} className={subsectorLinkClass}>
              {pickLocalized(locale, profile.primarySubsector.nameIndonesian, profile.primarySubsector.nameEn)}
            </Link>
          </dd>
          {profile.otherSubsectors.length > 0 ? (
            <>
              <dt className="font-medium text-slate-700">{t("otherSubsectors")}</dt>
              <dd>
                <SubsectorLinks subsectors={profile.otherSubsectors} />
              </dd>
            </>
          ) : null}
        </dl>
      </header>

      {/* On a laptop, contacts and location sit beside the main text; on a phone they come first, right after the
          header, since reaching or finding the place is what most visitors came for. */}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start">
        <div className="space-y-8 lg:col-start-2 lg:row-start-1">
          <ListingContacts
            websiteUrl={profile.websiteUrl}
            email={profile.email}
            phone={profile.phone}
            whatsappNumber={profile.whatsappNumber}
            socialLinks={profile.socialLinks}
          />
          <ListingLocation
            name={name}
            kecamatan={profile.kecamatan}
            kelurahanCode={profile.kelurahanCode}
            address={profile.address}
            latitude={profile.latitude}
            longitude={profile.longitude}
          />
        </div>
        <div className="min-w-0 space-y-8 lg:col-start-1 lg:row-start-1">
          {profile.photos.length > 0 ? (
            <PageSection id="foto" title={t("photosTitle")}>
              <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
                {profile.photos.map((photo, index) => (
                  <li key={photo.id}>
                    {/* eslint-disable-next-line @next/next/no-img-element -- re-encoded WebP served by /api/files */}
                    <img
                      src={apiRoutes.file(photo.fileId)}
                      srcSet={imageSrcSet(photo.fileId, photo.width, IMAGE_VARIANT_WIDTHS_FOR_PHOTOS)}
                      sizes="(min-width: 1024px) 15rem, (min-width: 640px) 50vw, 100vw"
                      alt={t("photoAlt", { name, number: index + 1 })}
                      width={photo.width ?? undefined}
                      height={photo.height ?? undefined}
                      loading="lazy"
                      className="h-auto w-full rounded border border-slate-200"
                    />
                  </li>
                ))}
              </ul>
            </PageSection>
          ) : null}

          {profile.descriptionIndonesian ? (
            <PageSection id="tentang" title={t("aboutTitle")}>
              <p className="max-w-3xl whitespace-pre-line">
                <LocalizedText
                  locale={locale}
                  indonesian={profile.descriptionIndonesian}
                  english={profile.descriptionEn}
                  isFallbackLabelled
                />
              </p>
            </PageSection>
          ) : null}

          <ListingFacts
            facts={profile.facts}
            foundedYear={profile.foundedYear}
            tags={profile.tags}
            kbliCodes={profile.kbliCodes}
          />
          <ListingCertifications certifications={profile.certifications} />
          <ListingEvents trainingsAttended={profile.trainingsAttended} upcomingEvents={profile.organisedEvents} />

          <PageSection id="sumber-verifikasi" title={t("verificationTitle")}>
            <dl className="fact-list grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
              {profile.sourceName || profile.sourceUrl ? (
                <>
                  <dt className="font-medium text-slate-700">{t("source")}</dt>
                  <dd>
                    {profile.sourceUrl ? (
                      <a
                        href={profile.sourceUrl}
                        rel="noopener noreferrer external"
                        className="text-brand-700 underline hover:text-brand-900"
                      >
                        {profile.sourceName ?? new URL(profile.sourceUrl).host}
                      </a>
                    ) : (
                      profile.sourceName
                    )}
                  </dd>
                </>
              ) : null}
              <dt className="font-medium text-slate-700">{t("lastVerified")}</dt>
              <dd>
                {profile.lastVerifiedAt ? (
                  <time dateTime={profile.lastVerifiedAt.toISOString()}>
                    {formatJakartaDate(profile.lastVerifiedAt, locale)}
                  </time>
                ) : (
                  t("notVerified")
                )}
              </dd>
              <dt className="font-medium text-slate-700">{tActor("label")}</dt>
              <dd>{tReach(`actorTypes.${profile.actorType}`)}</dd>
            </dl>
            {profile.fieldChecks.length > 0 ? (
              <ul aria-label={tChecks("profileHeading")} className="space-y-0.5 text-sm text-slate-700">
                {fieldGroupValues.flatMap((group) => {
                  const check = profile.fieldChecks.find((row) => row.group === group);
                  return check
                    ? [
                        <li key={group}>
                          {tChecks("checkedBy", {
                            group: tChecks(`groups.${group}`),
                            date: formatJakartaDate(check.checkedAt, locale),
                          })}
                        </li>,
                      ]
                    : [];
                })}
              </ul>
            ) : null}
            <p>
              <Link href={routes.reportListing(profile)} className="text-brand-700 underline hover:text-brand-900">
                {tReport("link")}
              </Link>
            </p>
            <p>
              {tOwner("claimCta", { name })}{" "}
              <Link href={routes.account.claim(profile.id)} className="text-brand-700 underline hover:text-brand-900">
                {tOwner("claimLink")}
              </Link>
            </p>
          </PageSection>

          {/* A form posting to a server action, and a view beacon: the page itself stays cached. */}
          <ContactForm listingId={profile.id} isReadByStaff={await isEnquiryReadByStaff(profile.id)} />
          <ViewBeacon listingId={profile.id} />
        </div>
      </div>

      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
    </article>
  );
}
