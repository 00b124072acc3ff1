import { getTranslations, setRequestLocale } from "next-intl/server";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { Notice } from "@/components/page-parts/notice";
import { BackLink } from "@/components/page-parts/page-header";
import { routes } from "@/lib/site/routes";

export function generateStaticParams() {
  return [];
}

type PageProps = { params: Promise<{ locale: string }> };

export const generateMetadata = privatePageMetadata("AccountDeleted");

/** Where "Hapus akun saya" ends, after signing out. */
export default async function AccountDeletedPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("AccountDeleted");
  return (
    <section className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <Notice tone="success" message={t("body")} />
      <BackLink href={routes.home} label={t("backHome")} />
    </section>
  );
}
