import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("Layout");
  return (
    <footer className="border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6">
        <p>{t("footerAbout")}</p>
        <p>{t("footerTimeZone")}</p>
      </div>
    </footer>
  );
}
