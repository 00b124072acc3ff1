import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requireUser } from "@/lib/auth/session";
import { DeleteAccountForm } from "@/components/auth/delete-account-form";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { PageSection } from "@/components/page-parts/page-section";
import { BackLink } from "@/components/page-parts/page-header";
import { apiRoutes, routes } from "@/lib/site/routes";

type PageProps = { params: Promise<{ locale: string }> };

export const generateMetadata = privatePageMetadata("AccountPrivacy");

export default async function AccountPrivacyPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser(locale);
  const t = await getTranslations("AccountPrivacy");

  return (
    <section className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-2xl">
          {t.rich("intro", {
            link: (chunks) => (
              <Link href={routes.privacy} className="text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
        <BackLink href={routes.account.home} label={t("backToAccount")} />
      </header>
      <PageSection id="unduh-data" title={t("downloadTitle")}>
        <p className="max-w-2xl">{t("downloadIntro")}</p>
        {/* A plain link: the route handler answers with a file, not a page. */}
        <a
          href={apiRoutes.accountData}
          download
          className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("download")}
        </a>
      </PageSection>
      <PageSection id="hapus-akun" title={t("deleteTitle")}>
        <p className="max-w-2xl">{t("deleteIntro")}</p>
        <DeleteAccountForm />
      </PageSection>
    </section>
  );
}
