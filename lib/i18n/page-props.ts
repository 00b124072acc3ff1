/**
 * The props Next.js gives a page below app/[locale]: its route parameters (the locale and the page's own, e.g. an
 * id) and the query string.
 */
export type LocalePageProps<Params extends Record<string, string> = Record<never, string>> = {
  params: Promise<{ locale: string } & Params>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};
