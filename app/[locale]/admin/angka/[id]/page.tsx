import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { readNotice } from "@/lib/forms/notices";
import { requireStaff } from "@/lib/auth/session";
import { setFigureRetiredAction } from "@/lib/figures/actions";
import { getFigureForStaff } from "@/lib/figures/admin-queries";
import { formatJakartaDate } from "@/lib/dates";
import { pickLocalized } from "@/lib/i18n/localized";
import { EntityHistory } from "@/components/admin/entity-history";
import { FigureForm } from "@/components/figures/figure-form";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import { PageSection } from "@/components/page-parts/page-section";
import { Notice } from "@/components/page-parts/notice";
import { DetailHeader } from "@/components/page-parts/page-header";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { routes } from "@/lib/site/routes";

type PageProps = LocalePageProps<{ id: string }>;

export const generateMetadata = privatePageMetadata("FigureAdmin", "editTitle");

export default async function EditFigurePage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  const notice = readNotice("figure", (await searchParams).hasil);
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const figure = await getFigureForStaff(staff, id);
  if (!figure) notFound();
  const t = await getTranslations("FigureAdmin");
  const label = pickLocalized(locale, figure.values.labelIndonesian, figure.values.labelEn);

  return (
    <div className="space-y-8">
      <DetailHeader backHref={routes.admin.figures} backLabel={t("backToList")} title={t("editHeading", { label })}>
        <p className="font-medium">
          {figure.retiredAt ? t("retiredOn", { date: formatJakartaDate(figure.retiredAt, locale) }) : t("inUse")}
        </p>
      </DetailHeader>
      {notice ? <Notice tone={notice.isError ? "error" : "success"} message={t(notice.key)} /> : null}

      <PageSection id="ubah-angka" title={t("editSection")}>
        <FigureForm
          key={figure.updatedAt.toISOString()}
          mode="edit"
          figureId={figure.id}
          initialValues={figure.values}
          expectedUpdatedAt={figure.updatedAt.toISOString()}
        />
      </PageSection>

      <PageSection id="status-angka" title={figure.retiredAt ? t("restoreSection") : t("retireSection")}>
        <p className="max-w-3xl text-slate-700">{figure.retiredAt ? t("restoreIntro") : t("retireIntro")}</p>
        <form action={setFigureRetiredAction}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="figureId" value={figure.id} />
          <input type="hidden" name="retire" value={figure.retiredAt ? "0" : "1"} />
          <button
            type="submit"
            className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
          >
            {figure.retiredAt ? t("restoreSubmit") : t("retireSubmit")}
          </button>
        </form>
      </PageSection>

      <EntityHistory entityType="Figure" entityId={figure.id} />
    </div>
  );
}
