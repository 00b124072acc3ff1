import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { FigureForm } from "@/components/figures/figure-form";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { DetailHeader } from "@/components/page-parts/page-header";
import { routes } from "@/lib/site/routes";

type PageProps = { params: Promise<{ locale: string }> };

export const generateMetadata = privatePageMetadata("FigureAdmin", "newTitle");

export default async function NewFigurePage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaff(locale);
  const t = await getTranslations("FigureAdmin");
  return (
    <div className="space-y-6">
      <DetailHeader backHref={routes.admin.figures} backLabel={t("backToList")} title={t("newTitle")}>
        <p className="max-w-3xl text-slate-700">{t("newIntro")}</p>
      </DetailHeader>
      <FigureForm mode="create" />
    </div>
  );
}
