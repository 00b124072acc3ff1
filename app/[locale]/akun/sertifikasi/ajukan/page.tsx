import { getTranslations, setRequestLocale } from "next-intl/server";
import { listManagedListings } from "@/lib/accounts/queries";
import { requireUser } from "@/lib/auth/session";
import { listCertificationTypes } from "@/lib/certifications/queries";
import { getEnv } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { CertificationApplicationForm } from "@/components/certifications/application-form";
import { privatePageMetadata } from "@/lib/seo/page-metadata";

type PageProps = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = privatePageMetadata("CertificationAccount", "applyTitle");

export default async function ApplyForCertificationPage({ params, searchParams }: PageProps) {
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
      <header className="space-y-2">
        <p>
          <Link href="/akun/sertifikasi" className="text-brand-700 underline hover:text-brand-900">
            {t("title")}
          </Link>
        </p>
        <h1 className="text-3xl font-bold text-brand-900">{t("applyTitle")}</h1>
        <p className="max-w-3xl">{t("applyIntro")}</p>
        <p className="max-w-3xl text-sm text-slate-700">{t("recordsNotIssues")}</p>
      </header>
      {listings.length === 0 ? (
        <p>{t("noListings")}</p>
      ) : (
        <CertificationApplicationForm
          listings={listings.map(({ id, nameId, nameEn }) => ({ id, nameId, nameEn }))}
          types={types}
          defaultListingId={defaultListingId}
          maxUploadMegabytes={Math.floor(getEnv().UPLOAD_MAX_BYTES / (1024 * 1024))}
        />
      )}
    </div>
  );
}
