import { getTranslations, setRequestLocale } from "next-intl/server";
import { readNotice } from "@/lib/forms/notices";
import { requireUser } from "@/lib/auth/session";
import { listManagedCertifications } from "@/lib/certifications/queries";
import { getCertificationValidity } from "@/lib/certifications/validity";
import { dateColumnToIsoDate, formatCalendarDate } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { CertificationBadge } from "@/components/certification-badge";
import { OwnerCertificationHistory } from "@/components/certifications/certification-history";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { Notice } from "@/components/page-parts/notice";
import { DetailHeader } from "@/components/page-parts/page-header";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { apiRoutes, routes } from "@/lib/site/routes";

export const generateMetadata = privatePageMetadata("CertificationAccount");

export default async function MyCertificationsPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  const notice = readNotice("accountCertifications", (await searchParams).hasil);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const certifications = await listManagedCertifications(user.id);
  const t = await getTranslations("CertificationAccount");
  const tPublic = await getTranslations("CertificationsPublic");
  const linkClass = "text-brand-700 underline hover:text-brand-900";

  return (
    <div className="space-y-6">
      <DetailHeader backHref={routes.account.home} backLabel={t("backToAccount")} title={t("title")}>
        <p className="max-w-3xl">{t("intro")}</p>
        <p className="max-w-3xl text-sm text-slate-700">{t("recordsNotIssues")}</p>
        <p>
          <Link
            href={routes.account.applyCertification}
            className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t("apply")}
          </Link>
        </p>
      </DetailHeader>
      {notice ? <Notice tone="success" message={t("submitted")} /> : null}
      {certifications.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="space-y-4">
          {certifications.map((certification) => {
            const typeName = pickLocalized(locale, certification.type.nameIndonesian, certification.type.nameEn);
            const listingName = pickLocalized(
              locale,
              certification.listing.nameIndonesian,
              certification.listing.nameEn,
            );
            const headingId = `sertifikasi-${certification.id}`;
            return (
              <li key={certification.id}>
                <article aria-labelledby={headingId} className="space-y-3 rounded border border-slate-200 p-4">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <h2 id={headingId} className="text-lg font-semibold">
                      {typeName}{" "}
                      <span className="font-normal text-slate-700">{t("forListing", { listing: listingName })}</span>
                    </h2>
                    <CertificationBadge validity={getCertificationValidity(certification)} />
                  </div>
                  <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                    <dt className="text-slate-700">{tPublic("issuer")}</dt>
                    <dd>{certification.issuerName ?? certification.type.issuingBody}</dd>
                    {certification.number ? (
                      <>
                        <dt className="text-slate-700">{tPublic("number")}</dt>
                        <dd className="break-all">{certification.number}</dd>
                      </>
                    ) : null}
                    {certification.issuedOn ? (
                      <>
                        <dt className="text-slate-700">{tPublic("issuedOn")}</dt>
                        <dd>
                          <time dateTime={dateColumnToIsoDate(certification.issuedOn)}>
                            {formatCalendarDate(certification.issuedOn, locale)}
                          </time>
                        </dd>
                      </>
                    ) : null}
                    {certification.expiresOn ? (
                      <>
                        <dt className="text-slate-700">{tPublic("expiresOn")}</dt>
                        <dd>
                          <time dateTime={dateColumnToIsoDate(certification.expiresOn)}>
                            {formatCalendarDate(certification.expiresOn, locale)}
                          </time>
                        </dd>
                      </>
                    ) : null}
                    {certification.evidenceFileId ? (
                      <>
                        <dt className="text-slate-700">{t("evidence")}</dt>
                        <dd>
                          <a href={apiRoutes.file(certification.evidenceFileId)} className={linkClass}>
                            {t("evidence")}
                          </a>
                        </dd>
                      </>
                    ) : null}
                  </dl>
                  <section aria-label={`${t("historyTitle")}: ${typeName}`} className="space-y-1">
                    <h3 className="text-sm font-semibold">{t("historyTitle")}</h3>
                    <OwnerCertificationHistory entries={certification.history} />
                  </section>
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
