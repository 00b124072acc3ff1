import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { readNotice } from "@/lib/forms/notices";
import { requireStaff } from "@/lib/auth/session";
import { markCertificationCheckedAction } from "@/lib/certifications/actions";
import { getCertificationForStaff } from "@/lib/certifications/staff-queries";
import { allowedTransitions } from "@/lib/certifications/transitions";
import { getCertificationValidity } from "@/lib/certifications/validity";
import { dateColumnToIsoDate, formatCalendarDate, formatJakartaDate } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { getListingPath } from "@/lib/listings/kinds";
import { CertificationBadge } from "@/components/certification-badge";
import { StaffCertificationHistory } from "@/components/certifications/certification-history";
import { EntityHistory } from "@/components/admin/entity-history";
import { CertificationDetailsForm } from "@/components/certifications/details-form";
import { StatusChangeForm } from "@/components/certifications/status-change-form";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { PageSection } from "@/components/page-parts/page-section";
import { Notice } from "@/components/page-parts/notice";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { DetailHeader } from "@/components/page-parts/page-header";
import { apiRoutes, routes } from "@/lib/site/routes";

type PageProps = LocalePageProps<{ id: string }>;

export const generateMetadata = privatePageMetadata("CertificationAdmin");

export default async function AdminCertificationPage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  const notice = readNotice("certification", (await searchParams).hasil);
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const certification = await getCertificationForStaff(staff, id);
  if (!certification) notFound();

  const t = await getTranslations("CertificationAdmin");
  const tPublic = await getTranslations("CertificationsPublic");
  const typeName = pickLocalized(locale, certification.type.nameIndonesian, certification.type.nameEn);
  const listingName = pickLocalized(locale, certification.listing.nameIndonesian, certification.listing.nameEn);
  const isoOrEmpty = (value: Date | null) => (value ? dateColumnToIsoDate(value) : "");
  const expectedUpdatedAt = certification.updatedAt.toISOString();
  const linkClass = "text-brand-700 underline hover:text-brand-900";
  const calendarDate = (value: Date | null) =>
    value ? <time dateTime={dateColumnToIsoDate(value)}>{formatCalendarDate(value, locale)}</time> : t("none");
  const isPublic =
    certification.listing.status === "PUBLISHED" &&
    (certification.status === "CERTIFIED" || certification.status === "REVOKED");

  return (
    <div className="space-y-8">
      <DetailHeader
        backHref={routes.admin.certifications}
        backLabel={t("backToList")}
        title={t("detailTitle", { type: typeName, listing: listingName })}
      >
        <CertificationBadge validity={getCertificationValidity(certification)} />
      </DetailHeader>
      {notice ? <Notice tone={notice.isError ? "error" : "success"} message={t(notice.key)} /> : null}

      <PageSection id="detail-sertifikasi" title={t("detailsTitle")}>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-slate-700">{t("listing")}</dt>
          <dd>
            {certification.listing.status === "PUBLISHED" ? (
              <Link href={getListingPath(certification.listing)} className={linkClass}>
                {listingName}
              </Link>
            ) : (
              listingName
            )}{" "}
            <span className="text-sm text-slate-600">
              ({t("listingStatus", { status: t(`listingStatusValue.${certification.listing.status}`) })})
            </span>
          </dd>
          <dt className="font-medium text-slate-700">{tPublic("typeLabel")}</dt>
          <dd>{typeName}</dd>
          <dt className="font-medium text-slate-700">{tPublic("issuer")}</dt>
          <dd>{certification.issuerName ?? certification.type.issuingBody}</dd>
          <dt className="font-medium text-slate-700">{tPublic("number")}</dt>
          <dd className="break-all">{certification.number ?? t("none")}</dd>
          <dt className="font-medium text-slate-700">{tPublic("issuedOn")}</dt>
          <dd>{calendarDate(certification.issuedOn)}</dd>
          <dt className="font-medium text-slate-700">{tPublic("expiresOn")}</dt>
          <dd>{calendarDate(certification.expiresOn)}</dd>
          <dt className="font-medium text-slate-700">{tPublic("lastChecked")}</dt>
          <dd>
            {certification.lastCheckedAt
              ? formatJakartaDate(certification.lastCheckedAt, locale)
              : tPublic("neverChecked")}
          </dd>
          <dt className="font-medium text-slate-700">{t("appliedBy")}</dt>
          <dd>
            {certification.appliedBy ? `${certification.appliedBy.name} (${certification.appliedBy.email})` : t("none")}
          </dd>
          <dt className="font-medium text-slate-700">{t("evidence")}</dt>
          <dd>
            {certification.evidenceFileId ? (
              <a href={apiRoutes.file(certification.evidenceFileId)} className={linkClass}>
                {t("openEvidence")}
              </a>
            ) : (
              t("noEvidence")
            )}
          </dd>
          {certification.type.registryUrl ? (
            <>
              <dt className="font-medium text-slate-700">{t("registry")}</dt>
              <dd>
                <a href={certification.type.registryUrl} rel="noopener noreferrer external" className={linkClass}>
                  {certification.type.registryUrl}
                </a>
              </dd>
            </>
          ) : null}
          {isPublic ? (
            <>
              <dt className="font-medium text-slate-700">{t("publicPage")}</dt>
              <dd>
                <Link href={routes.certification(certification.id)} className={linkClass}>
                  {routes.certification(certification.id)}
                </Link>
              </dd>
            </>
          ) : null}
        </dl>
      </PageSection>

      <PageSection id="ubah-status" title={t("transitionsTitle")}>
        {allowedTransitions[certification.status].length === 0 ? (
          <p>{t("noTransitions")}</p>
        ) : (
          <div className="grid gap-4 lg:grid-cols-2">
            {allowedTransitions[certification.status].map((to) =>
              to === "APPLIED" ? null : (
                <StatusChangeForm
                  key={to}
                  certificationId={certification.id}
                  to={to}
                  expectedUpdatedAt={expectedUpdatedAt}
                  doesExpire={certification.type.doesExpire}
                  defaults={{
                    number: certification.number ?? "",
                    issuedOn: isoOrEmpty(certification.issuedOn),
                    expiresOn: isoOrEmpty(certification.expiresOn),
                  }}
                />
              ),
            )}
          </div>
        )}
      </PageSection>

      <PageSection id="ubah-detail" title={t("editTitle")}>
        <CertificationDetailsForm
          certificationId={certification.id}
          expectedUpdatedAt={expectedUpdatedAt}
          issuingBody={certification.type.issuingBody}
          current={{
            issuerName: certification.issuerName ?? "",
            number: certification.number ?? "",
            issuedOn: isoOrEmpty(certification.issuedOn),
            expiresOn: isoOrEmpty(certification.expiresOn),
          }}
        />
      </PageSection>

      <PageSection id="pengecekan" title={t("checkTitle")}>
        <p className="text-slate-700">{t("checkHelp")}</p>
        <form action={markCertificationCheckedAction}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="certificationId" value={certification.id} />
          <button
            type="submit"
            className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
          >
            {t("checkSubmit")}
          </button>
        </form>
      </PageSection>

      <PageSection id="riwayat" title={t("historyTitle")}>
        <StaffCertificationHistory entries={certification.history} />
      </PageSection>

      <EntityHistory entityType="Certification" entityId={certification.id} />
    </div>
  );
}
