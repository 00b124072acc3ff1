import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { listingKinds, listingKindPaths } from "@/lib/listings/kinds";
import { LanguageSwitch } from "@/components/language-switch";
import { DemoNotice } from "@/components/demo-notice";
import { AccountLink } from "@/components/auth/account-link";

export async function SiteHeader() {
  const t = await getTranslations("Layout");
  const tMeta = await getTranslations("Metadata");
  const tKind = await getTranslations("Kind");
  return (
    <header className="border-b border-slate-200 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-semibold">
          {tMeta("siteName")}
        </Link>
        <nav aria-label={t("mainNavigation")} className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <Link href="/subsektor" className="hover:underline">
            {t("subsectors")}
          </Link>
          {listingKinds.map((kind) => (
            <Link key={kind} href={`/${listingKindPaths[kind]}`} className="hover:underline">
              {tKind(kind)}
            </Link>
          ))}
          <Link href="/acara" className="hover:underline">
            {t("events")}
          </Link>
          <Link href="/kolaborasi" className="hover:underline">
            {t("collaboration")}
          </Link>
          <Link href="/peta" className="hover:underline">
            {t("map")}
          </Link>
          <Link href="/cari" className="hover:underline">
            {t("search")}
          </Link>
          <AccountLink />
          <LanguageSwitch label={t("languageSwitch")} />
        </nav>
      </div>
      <DemoNotice />
    </header>
  );
}
