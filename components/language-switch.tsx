"use client";

import { Suspense } from "react";
import { useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

const linkClassName =
  "inline-flex min-h-11 items-center rounded border border-white/60 px-3 text-sm hover:bg-white/10 lg:min-h-9";

function SwitchLink({ label, query }: { label: string; query: Record<string, string> }) {
  const locale = useLocale();
  const pathname = usePathname();
  const t = useTranslations("Layout");
  const otherLocale = locale === "id" ? "en" : "id";
  return (
    <Link
      href={{ pathname, query }}
      locale={otherLocale}
      hrefLang={otherLocale}
      lang={otherLocale}
      aria-label={`${label}: ${t("switchTo")}`}
      className={linkClassName}
    >
      {t("switchTo")}
    </Link>
  );
}

function SwitchLinkKeepingQuery({ label }: { label: string }) {
  const searchParams = useSearchParams();
  return <SwitchLink label={label} query={Object.fromEntries(searchParams.entries())} />;
}

/**
 * Links to the same page in the other language, with the same query string (filters and search kept). The server
 * renders the link without the query (pages are cached for everyone); the browser adds it.
 */
export function LanguageSwitch({ label }: { label: string }) {
  return (
    <Suspense fallback={<SwitchLink label={label} query={{}} />}>
      <SwitchLinkKeepingQuery label={label} />
    </Suspense>
  );
}
