import { getLocale, getTranslations } from "next-intl/server";
import { getCertificationValidity } from "@/lib/certifications/validity";
import { dateColumnToIsoDate, formatCalendarDate } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import type { ListingProfile } from "@/lib/listings/queries";
import { CertificationBadge } from "@/components/certification-badge";
import { routes } from "@/lib/site/routes";

type ListingCertificationsProps = { certifications: ListingProfile["certifications"] };

/**
 * Issued certificates only (the query leaves out applied, in-review, rejected and revoked ones). Validity is worked
 * out on every render, so a certificate reads as expired from its expiry day on.
 */
export async function ListingCertifications({ certifications }: ListingCertificationsProps) {
  const locale = await getLocale();
  const t = await getTranslations("Profile");
  const tCertificate = await getTranslations("CertificationsPublic");
  const items = certifications
    .map((certification) => ({ ...certification, validity: getCertificationValidity(certification) }))
    .filter((certification) => certification.validity === "valid" || certification.validity === "expired")
    // Valid certificates first; the query's order (newest first) is kept within each group.
    .sort((a, b) => Number(a.validity === "expired") - Number(b.validity === "expired"));

  return (
    <section aria-labelledby="sertifikasi" className="space-y-3">
      <h2 id="sertifikasi" className="text-xl font-semibold">
        {t("certificationsTitle")}
      </h2>
      {items.length === 0 ? (
        <p className="text-slate-700">{t("noCertifications")}</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">{t("certificationsIntro")}</p>
          <ul className="grid gap-3 md:grid-cols-2">
            {items.map((certification) => {
              const name = pickLocalized(locale, certification.type.nameIndonesian, certification.type.nameEn);
              return (
                <li
                  key={certification.id}
                  className={`space-y-2 rounded border p-4 ${
                    certification.validity === "valid" ? "border-brand-700" : "border-slate-300 bg-slate-50"
                  }`}
                >
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <h3 className="font-semibold">{name}</h3>
                    <CertificationBadge validity={certification.validity} />
                  </div>
                  <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
                    <dt className="text-slate-700">{t("issuingBody")}</dt>
                    <dd>{certification.issuerName ?? certification.type.issuingBody}</dd>
                    {certification.number ? (
                      <>
                        <dt className="text-slate-700">{t("certificateNumber")}</dt>
                        <dd className="break-all">{certification.number}</dd>
                      </>
                    ) : null}
                    {certification.issuedOn ? (
                      <>
                        <dt className="text-slate-700">{t("issuedOn")}</dt>
                        <dd>
                          <time dateTime={dateColumnToIsoDate(certification.issuedOn)}>
                            {formatCalendarDate(certification.issuedOn, locale)}
                          </time>
                        </dd>
                      </>
                    ) : null}
                    {certification.expiresOn ? (
                      <>
                        <dt className="text-slate-700">{t("expiresOn")}</dt>
                        <dd>
                          <time dateTime={dateColumnToIsoDate(certification.expiresOn)}>
                            {formatCalendarDate(certification.expiresOn, locale)}
                          </time>
                        </dd>
                      </>
                    ) : null}
                  </dl>
                  <p className="text-sm">
                    <Link
                      href={routes.certification(certification.id)}
                      className="text-brand-700 underline hover:text-brand-900"
                    >
                      {tCertificate("openCertificate", { type: name, number: certification.number ?? "" })}
                    </Link>
                  </p>
                  {certification.type.registryUrl ? (
                    <p className="text-sm">
                      <a
                        href={certification.type.registryUrl}
                        rel="noopener noreferrer external"
                        className="text-brand-700 underline hover:text-brand-900"
                      >
                        {t("checkRegistry", { issuer: certification.type.issuingBody })}
                      </a>
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
