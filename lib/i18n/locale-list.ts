// The portal's languages, for client code: lib/i18n/routing.ts imports next-intl, whose client entry (message
// formatting and its provider, about 20 kB gzipped) a browser bundle importing it would carry (decision 027).
export const locales = ["id", "en"] as const;
export const defaultLocale = "id";

/** A path in a locale, as the routing writes it: Indonesian at the root, English under /en ("as-needed"). */
export function localizePath(path: string, locale: string): string {
  if (locale === defaultLocale || !path.startsWith("/")) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}
