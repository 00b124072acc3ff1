import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { buildAlternates, buildOpenGraph } from "@/lib/seo/alternates";

/**
 * `generateMetadata` for a page search engines must not index (staff, account and one-off flow pages): its title is
 * one message of one namespace in the page's language.
 */
export function privatePageMetadata(namespace: string, titleKey = "title") {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace });
    return { title: t(titleKey), robots: { index: false } };
  };
}

/** A public page's metadata: title, description, its address in both languages and the same for link previews. */
export async function publicPageMetadata(
  locale: string,
  path: string,
  { title, description }: { title: string; description: string },
): Promise<Metadata & { alternates: ReturnType<typeof buildAlternates> }> {
  const tMeta = await getTranslations({ locale, namespace: "Metadata" });
  const alternates = buildAlternates(locale, path);
  return {
    title,
    description,
    alternates,
    openGraph: buildOpenGraph(locale, { siteName: tMeta("siteName"), title, description, url: alternates.canonical }),
  };
}
