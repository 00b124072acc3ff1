import { localizePath } from "./locale-list";

// The paths are the same words in both languages (lib/site/routes.ts), so a localized path is the path with "/en"
// in front for English. Written here rather than with next-intl's createNavigation, whose Link is a client module
// that needs next-intl's provider: importing it anywhere in a page put use-intl's message formatting (about 20 kB
// gzipped) into every public page's JavaScript (decision 027).
export { Link } from "./link";

/** The path of `href` (a path of lib/site/routes.ts, with its query if any) in `locale`. */
export function getPathname({ href, locale }: { href: string; locale: string }): string {
  return localizePath(href, locale);
}
