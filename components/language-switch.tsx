"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

/** Links to the same page in the other language. */
export function LanguageSwitch({ label }: { label: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const t = useTranslations("Layout");
  const otherLocale = locale === "id" ? "en" : "id";
  return (
    <Link
      href={pathname}
      locale={otherLocale}
      hrefLang={otherLocale}
      lang={otherLocale}
      aria-label={`${label}: ${t("switchTo")}`}
      className="rounded border border-white/60 px-2 py-1 text-sm hover:bg-white/10"
    >
      {t("switchTo")}
    </Link>
  );
}
