import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { setFigureRetiredAction } from "@/lib/figures/actions";
import { getFigureForStaff } from "@/lib/figures/admin-queries";
import { formatJakartaDate } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/localized";
import { EntityHistory } from "@/components/admin/entity-history";
import { FigureForm } from "@/components/figures/figure-form";
import { privatePageMetadata } from "@/lib/seo/page-metadata";

type PageProps = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const resultKeys = ["dibuat", "diubah", "dipensiunkan", "dipulihkan", "gagal"] as const;
type ResultKey = (typeof resultKeys)[number];
const isResultKey = (value: unknown): value is ResultKey => resultKeys.includes(value as ResultKey);

export const generateMetadata = privatePageMetadata("FigureAdmin", "editTitle");

export default async function EditFigurePage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  const { hasil } = await searchParams;
  setRequestLocale(locale);
  await requireStaff(locale);
  const figure = await getFigureForStaff(id);
  if (!figure) notFound();
  const t = await getTranslations("FigureAdmin");
  const label = pickLocalized(locale, figure.values.labelId, figure.values.labelEn);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p>
          <Link href="/admin/angka" className="text-brand-700 underline hover:text-brand-900">
            {t("backToList")}
          </Link>
        </p>
        <h1 className="text-3xl font-bold text-brand-900">{t("editHeading", { label })}</h1>
        <p className="font-medium">
          {figure.retiredAt ? t("retiredOn", { date: formatJakartaDate(figure.retiredAt, locale) }) : t("inUse")}
        </p>
      </header>
      {isResultKey(hasil) ? (
        <p
          role="status"
          className={
            hasil === "gagal"
              ? "max-w-xl rounded border border-red-700 bg-red-50 p-3 text-red-800"
              : "max-w-xl rounded border border-brand-700 bg-brand-50 p-3"
          }
        >
          {t(`results.${hasil}`)}
        </p>
      ) : null}

      <section aria-labelledby="ubah-angka" className="space-y-3">
        <h2 id="ubah-angka" className="text-xl font-semibold">
          {t("editSection")}
        </h2>
        <FigureForm
          key={figure.updatedAt.toISOString()}
          mode="edit"
          figureId={figure.id}
          initialValues={figure.values}
          expectedUpdatedAt={figure.updatedAt.toISOString()}
        />
      </section>

      <section aria-labelledby="status-angka" className="space-y-3">
        <h2 id="status-angka" className="text-xl font-semibold">
          {figure.retiredAt ? t("restoreSection") : t("retireSection")}
        </h2>
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
      </section>

      <EntityHistory entityType="Figure" entityId={figure.id} />
    </div>
  );
}
