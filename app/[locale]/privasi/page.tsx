import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { buildAlternates } from "@/lib/seo/alternates";
import { PageSection } from "@/components/page-parts/page-section";
import { routes } from "@/lib/site/routes";

// The same for everyone and free of data: rendered once per language and kept.
export function generateStaticParams() {
  return [];
}

type PageProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "PrivacyNotice" });
  return { title: t("title"), alternates: buildAlternates(locale, routes.privacy) };
}

const sections = [
  {
    id: "data-disimpan",
    title: "collectedTitle",
    items: [
      "collectedAccount",
      "collectedSignIns",
      "collectedListings",
      "collectedEnquiries",
      "collectedAudit",
      "collectedEmails",
    ],
  },
  {
    id: "tujuan",
    title: "purposeTitle",
    items: ["purposeAccount", "purposeSecurity", "purposeListings", "purposeEnquiries", "purposeAudit"],
  },
  {
    id: "masa-simpan",
    title: "retentionTitle",
    items: ["retentionAccount", "retentionListings", "retentionAudit", "retentionSessions"],
  },
  {
    id: "penerima",
    title: "audienceTitle",
    items: ["audiencePublic", "audienceStaff", "audienceManagers", "audienceCookies"],
  },
  {
    id: "hak-anda",
    title: "rightsTitle",
    items: ["rightsAccess", "rightsCorrection", "rightsDeletion", "rightsOther"],
  },
] as const;

export default async function PrivacyNoticePage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("PrivacyNotice");
  const link = (chunks: ReactNode) => (
    <Link href={routes.account.privacy} className="text-brand-700 underline">
      {chunks}
    </Link>
  );

  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p>{t("intro")}</p>
      <p>{t("visitorsNote")}</p>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id} className="space-y-2">
          <h2 id={section.id} className="text-xl font-semibold">
            {t(section.title)}
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {section.items.map((item) => (
              <li key={item}>{t.rich(item, { link })}</li>
            ))}
          </ul>
        </section>
      ))}
      <PageSection id="kontak" title={t("contactTitle")} className="space-y-2">
        <p>{t("contactBody")}</p>
      </PageSection>
    </article>
  );
}
