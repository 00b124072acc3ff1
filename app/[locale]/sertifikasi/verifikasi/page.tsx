import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MAX_SEARCH_LENGTH } from "@/lib/certifications/filters";
import { findPublicCertificatesByNumber, listCertificationTypes } from "@/lib/certifications/queries";
import { normalizeCertificateNumber } from "@/lib/certifications/schemas";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { getListingPath } from "@/lib/listings/kinds";
import { CertificateStatus } from "@/components/certifications/certificate-status";
import { SampleBadge } from "@/components/sample-badge";
import { FilterSelect } from "@/components/forms/filter-select";
import { readQueryText } from "@/lib/forms/text";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { Notice } from "@/components/page-parts/notice";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { routes } from "@/lib/site/routes";

const fieldClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2";
export async function generateMetadata({ params }: LocalePageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "CertificationsPublic" });
  return publicPageMetadata(locale, routes.certificateCheck, {
    title: t("verifyTitle"),
    description: t("verifyIntro"),
  });
}

/** A GET form: the number (and optionally the type) in the query string, so a check can be shared as a link. */
export default async function VerifyCertificatePage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  const query = await searchParams;
  const types = await listCertificationTypes();
  const number = normalizeCertificateNumber(readQueryText(query.nomor));
  const typeParam = readQueryText(query.jenis);
  const typeSlug = types.some((type) => type.slug === typeParam) ? typeParam : null;
  const isTooLong = number.length > MAX_SEARCH_LENGTH;
  const results = number && !isTooLong ? await findPublicCertificatesByNumber(number, typeSlug) : null;
  const t = await getTranslations("CertificationsPublic");
  const linkClass = "text-brand-700 underline hover:text-brand-900";

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("verifyTitle")}</h1>
        <p className="max-w-3xl text-lg">{t("verifyIntro")}</p>
        <p className="max-w-3xl text-sm text-slate-700">{t("recordsNotIssues")}</p>
      </header>

      <form
        action={getPathname({ href: routes.certificateCheck, locale })}
        method="get"
        role="search"
        aria-label={t("verifyTitle")}
        className="grid max-w-3xl gap-4 sm:grid-cols-[1fr_16rem_auto] sm:items-end"
      >
        <div>
          <label htmlFor="verify-number" className="font-medium">
            {t("verifyNumber")}
          </label>
          <input
            id="verify-number"
            name="nomor"
            type="search"
            defaultValue={number}
            maxLength={MAX_SEARCH_LENGTH * 2}
            aria-describedby="verify-number-hint"
            className={fieldClass}
          />
        </div>
        <FilterSelect
          id="verify-type"
          name="jenis"
          label={t("type")}
          anyLabel={t("anyType")}
          defaultValue={typeSlug ?? ""}
          className={fieldClass}
          options={types.map((type) => ({
            value: type.slug,
            label: pickLocalized(locale, type.nameIndonesian, type.nameEn),
          }))}
        />
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("verifySubmit")}
        </button>
        <p id="verify-number-hint" className="text-sm text-slate-600 sm:col-span-3">
          {t("verifyNumberHint")}
        </p>
      </form>

      {isTooLong ? <Notice tone="error" role="status" isWide message={t("verifyNumberTooLong")} /> : null}
      {results && results.length === 0 ? (
        <p role="status" className="max-w-3xl rounded border border-slate-400 bg-slate-50 p-3">
          {t("verifyNotFound", { number })}
        </p>
      ) : null}
      {results && results.length > 0 ? (
        <section aria-labelledby="hasil-verifikasi" className="space-y-3">
          <h2 id="hasil-verifikasi" className="text-xl font-semibold">
            <span role="status">{t("verifyResults", { count: results.length, number })}</span>
          </h2>
          <ul className="space-y-3">
            {results.map((certificate) => {
              const typeName = pickLocalized(locale, certificate.type.nameIndonesian, certificate.type.nameEn);
              return (
                <li key={certificate.id} className="space-y-2 rounded border border-slate-300 p-4">
                  <dl className="fact-list grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                    <dt className="font-medium text-slate-700">{t("status")}</dt>
                    <dd>
                      <CertificateStatus certificate={certificate} />
                    </dd>
                    <dt className="font-medium text-slate-700">{t("typeLabel")}</dt>
                    <dd>{typeName}</dd>
                    <dt className="font-medium text-slate-700">{t("number")}</dt>
                    <dd className="break-all">{certificate.number}</dd>
                    <dt className="font-medium text-slate-700">{t("holder")}</dt>
                    <dd>
                      <Link href={getListingPath(certificate.listing)} className={linkClass}>
                        {pickLocalized(locale, certificate.listing.nameIndonesian, certificate.listing.nameEn)}
                      </Link>
                      {certificate.listing.isSample ? <SampleBadge /> : null}
                    </dd>
                    <dt className="font-medium text-slate-700">{t("issuer")}</dt>
                    <dd>{certificate.issuer}</dd>
                  </dl>
                  <p>
                    <Link href={routes.certification(certificate.id)} className={linkClass}>
                      {t("openCertificate", { type: typeName, number: certificate.number ?? "" })}
                    </Link>
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
