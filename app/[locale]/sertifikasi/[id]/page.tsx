import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import QRCode from "qrcode";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPublicCertificate } from "@/lib/certifications/queries";
import { dateColumnToIsoDate, formatCalendarDate, formatJakartaDate } from "@/lib/dates";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { getListingPath } from "@/lib/listings/kinds";
import { getSiteUrl } from "@/lib/seo/site-url";
import { CertificateStatus } from "@/components/certifications/certificate-status";
import { SampleBadge } from "@/components/sample-badge";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { PageSection } from "@/components/page-parts/page-section";
import { routes } from "@/lib/site/routes";

// Cached like the profiles (docs/decisions/004): rendered on first request, kept up to a minute, revalidated by
// every certification change. Expiry is worked out at render time, so it shows within that minute.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type PageProps = { params: Promise<{ locale: string; id: string }> };

const loadCertificate = cache(getPublicCertificate);

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, id } = await params;
  const certificate = await loadCertificate(id);
  if (!certificate) return {};
  const t = await getTranslations({ locale, namespace: "CertificationsPublic" });
  const values = {
    type: pickLocalized(locale, certificate.type.nameIndonesian, certificate.type.nameEn),
    holder: pickLocalized(locale, certificate.listing.nameIndonesian, certificate.listing.nameEn),
  };
  return publicPageMetadata(locale, routes.certification(certificate.id), {
    title: t("certificateTitle", values),
    description: t("metaDescription", values),
  });
}

export default async function CertificatePage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const certificate = await loadCertificate(id);
  if (!certificate) notFound();

  const t = await getTranslations("CertificationsPublic");
  const typeName = pickLocalized(locale, certificate.type.nameIndonesian, certificate.type.nameEn);
  const holder = pickLocalized(locale, certificate.listing.nameIndonesian, certificate.listing.nameEn);
  const pageUrl = `${getSiteUrl()}${getPathname({ href: routes.certification(certificate.id), locale })}`;
  const qrSvg = await QRCode.toString(pageUrl, { type: "svg", margin: 1, width: 176, errorCorrectionLevel: "M" });
  const linkClass = "text-brand-700 underline hover:text-brand-900";

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("certificateHeading")}</p>
        <h1 className="text-3xl font-bold text-brand-900">{t("certificateTitle", { type: typeName, holder })}</h1>
        {certificate.listing.isSample ? (
          <p role="note" className="max-w-3xl rounded border border-accent-800/30 bg-accent-100 p-3 text-accent-800">
            {t("sampleNotice")}
          </p>
        ) : null}
      </header>

      <div className="grid gap-8 md:grid-cols-[1fr_auto]">
        <dl className="fact-list grid content-start gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr] sm:gap-y-2">
          <dt className="font-medium text-slate-700">{t("status")}</dt>
          <dd>
            <CertificateStatus certificate={certificate} />
          </dd>
          <dt className="font-medium text-slate-700">{t("holder")}</dt>
          <dd>
            <Link href={getListingPath(certificate.listing)} className={linkClass}>
              {holder}
            </Link>
            {certificate.listing.isSample ? <SampleBadge /> : null}
          </dd>
          <dt className="font-medium text-slate-700">{t("typeLabel")}</dt>
          <dd>{typeName}</dd>
          <dt className="font-medium text-slate-700">{t("issuer")}</dt>
          <dd>{certificate.issuer}</dd>
          <dt className="font-medium text-slate-700">{t("number")}</dt>
          <dd className="break-all">{certificate.number ?? t("notRecorded")}</dd>
          <dt className="font-medium text-slate-700">{t("issuedOn")}</dt>
          <dd>
            {certificate.issuedOn ? (
              <time dateTime={dateColumnToIsoDate(certificate.issuedOn)}>
                {formatCalendarDate(certificate.issuedOn, locale)}
              </time>
            ) : (
              t("notRecorded")
            )}
          </dd>
          <dt className="font-medium text-slate-700">{t("expiresOn")}</dt>
          <dd>
            {certificate.expiresOn ? (
              <time dateTime={dateColumnToIsoDate(certificate.expiresOn)}>
                {formatCalendarDate(certificate.expiresOn, locale)}
              </time>
            ) : (
              t("doesNotExpire")
            )}
          </dd>
          <dt className="font-medium text-slate-700">{t("lastChecked")}</dt>
          <dd>
            {certificate.lastCheckedAt ? (
              <time dateTime={certificate.lastCheckedAt.toISOString()}>
                {formatJakartaDate(certificate.lastCheckedAt, locale)}
              </time>
            ) : (
              t("neverChecked")
            )}
          </dd>
        </dl>

        <figure className="space-y-2 justify-self-start">
          <div
            role="img"
            aria-label={t("qrLabel", { url: pageUrl })}
            className="h-44 w-44 [&>svg]:h-full [&>svg]:w-full"
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
          <figcaption className="max-w-44 break-all text-xs text-slate-600">
            {t("qrCaption", { url: pageUrl })}
          </figcaption>
        </figure>
      </div>

      <PageSection id="registri-penerbit" title={t("registryTitle")} className="space-y-2">
        {certificate.type.registryUrl ? (
          <p>
            <a href={certificate.type.registryUrl} rel="noopener noreferrer external" className={linkClass}>
              {t("registryLink", { issuer: certificate.type.issuingBody })}
            </a>
          </p>
        ) : (
          <p>{t("noRegistry", { issuer: certificate.issuer })}</p>
        )}
        <p className="max-w-3xl text-sm text-slate-700">{t("recordsNotIssues")}</p>
        <p>
          <Link href={routes.certificateCheck} className={linkClass}>
            {t("verifyLink")}
          </Link>
        </p>
      </PageSection>
    </article>
  );
}
