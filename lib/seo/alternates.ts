import { locales, routing } from "@/lib/i18n/routing";
import type { Metadata } from "next";
import type { Locale } from "@/lib/i18n/routing";

export type LanguageAlternates = Record<Locale | "x-default", string>;

function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

function normalizePath(path: string): string {
  const trimmed = path.replace(/\/+$/, "");
  if (trimmed === "") return "/";
  return trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}

/** The path of a page in one language: Indonesian at the root, other languages under their prefix. */
export function localizePath(locale: string, path: string): string {
  const normalized = normalizePath(path);
  const target = isLocale(locale) ? locale : routing.defaultLocale;
  if (target === routing.defaultLocale) return normalized;
  return normalized === "/" ? `/${target}` : `/${target}${normalized}`;
}

/** Every language version of a page; `x-default` is the Indonesian one, served without a prefix. */
export function buildLanguageAlternates(path: string): LanguageAlternates {
  const languages = Object.fromEntries(locales.map((locale) => [locale, localizePath(locale, path)])) as Record<
    Locale,
    string
  >;
  return { ...languages, "x-default": languages[routing.defaultLocale] };
}

/** `alternates` for generateMetadata: relative paths, resolved against the layout's metadataBase. */
export function buildAlternates(locale: string, path: string): { canonical: string; languages: LanguageAlternates } {
  return { canonical: localizePath(locale, path), languages: buildLanguageAlternates(path) };
}

const openGraphLocales: Record<Locale, string> = { id: "id_ID", en: "en_GB" };

/** `og:locale` of a page and `og:locale:alternate` for its other languages. */
export function buildOpenGraphLocales(locale: string): { locale: string; alternateLocale: string[] } {
  const current = isLocale(locale) ? locale : routing.defaultLocale;
  return {
    locale: openGraphLocales[current],
    alternateLocale: locales.filter((other) => other !== current).map((other) => openGraphLocales[other]),
  };
}

type OpenGraphFields = { siteName: string; title?: string; description?: string; url?: string };

/**
 * A page's openGraph replaces the layout's whole object (metadata merges shallowly), so every segment that sets
 * one builds it here with the site-wide fields included.
 */
export function buildOpenGraph(locale: string, fields: OpenGraphFields): NonNullable<Metadata["openGraph"]> {
  return { type: "website", ...buildOpenGraphLocales(locale), ...fields };
}
