"use client";

import { Suspense } from "react";
import { useParams, usePathname, useSearchParams } from "next/navigation";
import { defaultLocale, localizePath, locales } from "@/lib/i18n/locale-list";

const linkClassName =
  "inline-flex min-h-11 items-center rounded border border-white/60 px-3 text-sm hover:bg-white/10 lg:min-h-9";

type Props = {
  /** The switch's purpose ("Bahasa"), in the page's language. */
  label: string;
  /** The other language's name, written in that language ("English" on an Indonesian page). */
  switchTo: string;
};

// The path without its locale segment, whether or not the routing rewrote it ("/en/usaha", "/id/usaha" → "/usaha").
function withoutLocale(pathname: string): string {
  const [, first = "", ...rest] = pathname.split("/");
  if (!(locales as readonly string[]).includes(first)) return pathname;
  return `/${rest.join("/")}`;
}

function SwitchLink({ label, switchTo, search }: Props & { search: string }) {
  const { locale } = useParams<{ locale?: string }>() ?? {};
  const otherLocale = locale === "en" ? defaultLocale : "en";
  const href = `${localizePath(withoutLocale(usePathname() ?? "/"), otherLocale)}${search ? `?${search}` : ""}`;
  // A plain link: the other language has its own <html lang>, so the browser loads that page afresh anyway.
  return (
    <a
      href={href}
      hrefLang={otherLocale}
      lang={otherLocale}
      aria-label={`${label}: ${switchTo}`}
      className={linkClassName}
    >
      {switchTo}
    </a>
  );
}

function SwitchLinkKeepingQuery(props: Props) {
  return <SwitchLink {...props} search={useSearchParams().toString()} />;
}

/**
 * Links to the same page in the other language, with the same query string (filters and search kept). The server
 * renders the link without the query (pages are cached for everyone); the browser adds it. Its words come as props,
 * so public pages need no next-intl provider in the browser.
 */
export function LanguageSwitch(props: Props) {
  return (
    <Suspense fallback={<SwitchLink {...props} search="" />}>
      <SwitchLinkKeepingQuery {...props} />
    </Suspense>
  );
}
