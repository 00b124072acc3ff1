import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitch } from "@/components/language-switch";

export async function SiteHeader() {
  const t = await getTranslations("Layout");
  const tMeta = await getTranslations("Metadata");
  return (
    <header className="border-b border-slate-200 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-semibold">
          {tMeta("siteName")}
        </Link>
        <nav aria-label={t("mainNavigation")} className="flex items-center gap-4">
          <Link href="/" className="hover:underline">
            {t("home")}
          </Link>
          <Link href="/subsektor" className="hover:underline">
            {t("subsectors")}
          </Link>
          <LanguageSwitch label={t("languageSwitch")} />
        </nav>
      </div>
    </header>
  );
}
