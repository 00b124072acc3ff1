import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { listingKinds } from "@/lib/listings/kinds";
import { readSiteOperator } from "@/lib/site/operator";
import { LanguageSwitch } from "@/components/language-switch";
import { DemoNotice } from "@/components/demo-notice";
import { AccountLink } from "@/components/auth/account-link";
import { CloseMenuOnNavigation } from "@/components/close-menu-on-navigation";
import { routes } from "@/lib/site/routes";

const sectionLinkClassName = "inline-flex min-h-11 items-center rounded px-2 hover:bg-white/10 hover:underline";

/**
 * The masthead says whose portal this is; the sections are a row of links on a laptop and a menu button on a phone.
 * The menu is a <details> disclosure, so it opens without JavaScript.
 */
export async function SiteHeader() {
  const t = await getTranslations("Layout");
  const tMeta = await getTranslations("Metadata");
  const tKind = await getTranslations("Kind");
  const tAccount = await getTranslations("AccountLink");
  const accountLabels = { signIn: t("signIn"), myAccount: tAccount("myAccount"), admin: tAccount("admin") };
  const operator = readSiteOperator();

  const sections = [
    { href: routes.subsectors, label: t("subsectors") },
    ...listingKinds.map((kind) => ({ href: routes.directory(kind), label: tKind(kind) })),
    { href: routes.map, label: t("map") },
    { href: routes.events, label: t("events") },
    { href: routes.collaboration, label: t("collaboration") },
  ];

  return (
    <header className="on-dark relative bg-brand-900 text-white">
      {operator ? (
        <p className="bg-brand-800 px-4 py-1 text-xs text-brand-50">
          <span className="mx-auto block max-w-6xl">
            {operator.isPlaceholder ? t("officialSitePlaceholder") : t("officialSite", { operator: operator.name })}
          </span>
        </p>
      ) : null}
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-2">
        <Link href={routes.home} className="flex min-h-11 items-center gap-3 rounded">
          {operator?.logoPath ? (
            // A small self-hosted logo (SVG or a few kB): next/image would add nothing here.
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={operator.logoPath}
              alt={operator.isPlaceholder ? t("logoPlaceholderAlt") : t("logoAlt", { operator: operator.name })}
              width={40}
              height={40}
              className="h-10 w-10 shrink-0 rounded bg-white/90 p-0.5"
            />
          ) : null}
          <span className="leading-tight">
            <span className="block font-semibold sm:text-lg">{tMeta("siteName")}</span>
            {operator ? (
              <span className="block text-xs text-brand-100">
                {operator.isPlaceholder ? t("operatorPlaceholder") : operator.name}
              </span>
            ) : null}
          </span>
        </Link>
        <nav aria-label={t("accountNavigation")} className="hidden lg:block">
          <ul className="flex items-center gap-1">
            <li>
              <Link href={routes.search} className={sectionLinkClassName}>
                {t("search")}
              </Link>
            </li>
            <li>
              <AccountLink className={sectionLinkClassName} labels={accountLabels} />
            </li>
            <li className="pl-1">
              <LanguageSwitch label={t("languageSwitch")} switchTo={t("switchTo")} />
            </li>
          </ul>
        </nav>
        <details className="group lg:hidden">
          <summary className="inline-flex min-h-11 min-w-11 cursor-pointer list-none items-center gap-2 rounded border border-white/60 px-3 font-medium hover:bg-white/10 [&::-webkit-details-marker]:hidden">
            <svg aria-hidden="true" viewBox="0 0 20 20" width="20" height="20" fill="currentColor">
              <rect x="2" y="4" width="16" height="2" rx="1" className="group-open:hidden" />
              <rect x="2" y="9" width="16" height="2" rx="1" className="group-open:hidden" />
              <rect x="2" y="14" width="16" height="2" rx="1" className="group-open:hidden" />
              <path
                d="M4.3 4.3l11.4 11.4M15.7 4.3L4.3 15.7"
                stroke="currentColor"
                strokeWidth="2"
                className="hidden group-open:block"
              />
            </svg>
            {t("menu")}
          </summary>
          <CloseMenuOnNavigation />
          <nav
            aria-label={t("mainNavigation")}
            className="absolute inset-x-0 top-full z-40 border-t border-white/20 bg-brand-900 px-4 pb-4 shadow-lg"
          >
            <ul className="grid grid-cols-1 gap-x-4 sm:grid-cols-2">
              {sections.map((section) => (
                <li key={section.href}>
                  <Link href={section.href} className={`${sectionLinkClassName} w-full`}>
                    {section.label}
                  </Link>
                </li>
              ))}
              <li>
                <Link href={routes.search} className={`${sectionLinkClassName} w-full`}>
                  {t("search")}
                </Link>
              </li>
              <li>
                <AccountLink className={`${sectionLinkClassName} w-full`} labels={accountLabels} />
              </li>
            </ul>
            <div className="mt-3">
              <LanguageSwitch label={t("languageSwitch")} switchTo={t("switchTo")} />
            </div>
          </nav>
        </details>
      </div>
      <nav aria-label={t("mainNavigation")} className="hidden border-t border-white/15 lg:block">
        <ul className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-1 px-2">
          {sections.map((section) => (
            <li key={section.href}>
              <Link href={section.href} className={sectionLinkClassName}>
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <DemoNotice />
    </header>
  );
}
