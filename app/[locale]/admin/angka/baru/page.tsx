import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { FigureForm } from "@/components/figures/figure-form";
import { privatePageMetadata } from "@/lib/seo/page-metadata";

type PageProps = { params: Promise<{ locale: string }> };

export const generateMetadata = privatePageMetadata("FigureAdmin", "newTitle");

export default async function NewFigurePage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaff(locale);
  const t = await getTranslations("FigureAdmin");
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p>
          <Link href="/admin/angka" className="text-brand-700 underline hover:text-brand-900">
            {t("backToList")}
          </Link>
        </p>
        <h1 className="text-3xl font-bold text-brand-900">{t("newTitle")}</h1>
        <p className="max-w-3xl text-slate-700">{t("newIntro")}</p>
      </header>
      <FigureForm mode="create" />
    </div>
  );
}
