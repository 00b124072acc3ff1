import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { pickLocalized } from "@/lib/i18n/localized";
import { listProgrammeChoices } from "@/lib/reach/queries";
import { SupportForm } from "@/components/reach/support-form";
import { SupportImportForm } from "@/components/reach/support-import-form";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { DetailHeader } from "@/components/page-parts/page-header";
import { routes } from "@/lib/site/routes";

type PageProps = { params: Promise<{ locale: string }> };

export const generateMetadata = privatePageMetadata("Reach", "recordTitle");

/** Staff record support by hand, or import many from CSV/XLSX after a dry run. */
export default async function RecordSupportPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const [programmes, t] = await Promise.all([listProgrammeChoices(staff), getTranslations("Reach")]);
  return (
    <div className="space-y-10">
      <DetailHeader backHref={routes.admin.reach} backLabel={t("backToReach")} title={t("recordTitle")}>
        <p className="max-w-3xl text-slate-700">{t("recordIntro")}</p>
      </DetailHeader>
      <SupportForm
        programmes={programmes.map((programme) => ({
          slug: programme.slug,
          label: `${pickLocalized(locale, programme.nameIndonesian, programme.nameEn)} (${programme.year})`,
        }))}
      />
      <section aria-labelledby="impor-dukungan" className="space-y-4">
        <h2 id="impor-dukungan" className="text-2xl font-semibold">
          {t("importHeading")}
        </h2>
        <p className="max-w-3xl">{t("importIntro")}</p>
        <p className="max-w-3xl text-sm break-words text-slate-700">{t("importColumns")}</p>
        <SupportImportForm />
      </section>
    </div>
  );
}
