import { getTranslations, setRequestLocale } from "next-intl/server";
import { listManagedListings } from "@/lib/listings/managed-queries";
import { requireUser } from "@/lib/auth/session";
import { listCertificationTypes } from "@/lib/certifications/queries";
import { getEnv } from "@/lib/env";
import { CertificationApplicationForm } from "@/components/certifications/application-form";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { DetailHeader } from "@/components/page-parts/page-header";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { routes } from "@/lib/site/routes";

export const generateMetadata = privatePageMetadata("CertificationAccount", "applyTitle");

export default async function ApplyForCertificationPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  const { listing } = await searchParams;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const [listings, types] = await Promise.all([listManagedListings(user.id), listCertificationTypes()]);
  const t = await getTranslations("CertificationAccount");
  const defaultListingId =
    typeof listing === "string" && listings.some((managed) => managed.id === listing) ? listing : undefined;

  return (
    <div className="space-y-6">
      <DetailHeader backHref={routes.account.certifications} backLabel={t("title")} title={t("applyTitle")}>
        <p className="max-w-3xl">{t("applyIntro")}</p>
        <p className="max-w-3xl text-sm text-slate-700">{t("recordsNotIssues")}</p>
      </DetailHeader>
      {listings.length === 0 ? (
        <p>{t("noListings")}</p>
      ) : (
        <CertificationApplicationForm
          listings={listings.map(({ id, nameIndonesian, nameEn }) => ({ id, nameIndonesian, nameEn }))}
          types={types}
          defaultListingId={defaultListingId}
          maxUploadMegabytes={Math.floor(getEnv().UPLOAD_MAX_BYTES / (1024 * 1024))}
        />
      )}
    </div>
  );
}
