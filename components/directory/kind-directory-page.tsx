import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import { getListingKindByPath } from "@/lib/listings/kinds";
import { buildAlternates, buildOpenGraph } from "@/lib/seo/alternates";
import { loadDirectory } from "@/lib/directory/load-directory";
import { toSearchParams } from "@/lib/directory/filters";
import { DirectoryView } from "@/components/directory/directory-view";
import { routes } from "@/lib/site/routes";

type SearchParams = Record<string, string | string[] | undefined>;

export async function buildKindDirectoryMetadata(locale: string, kindPath: string): Promise<Metadata> {
  const kind = getListingKindByPath(kindPath);
  if (!kind) return {};
  const t = await getTranslations({ locale, namespace: "Directory" });
  const tMeta = await getTranslations({ locale, namespace: "Metadata" });
  const alternates = buildAlternates(locale, routes.directory(kind));
  const title = t(`title.${kind}`);
  const description = t(`intro.${kind}`);
  return {
    title,
    description,
    alternates,
    openGraph: buildOpenGraph(locale, { siteName: tMeta("siteName"), title, description, url: alternates.canonical }),
  };
}

export async function buildSearchMetadata(locale: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Directory" });
  return { title: t("searchTitle"), description: t("searchIntro"), robots: { index: false } };
}

/** A kind's directory (startups, businesses, …) for some filters. */
export async function KindDirectoryPage({
  locale,
  kindPath,
  searchParams,
}: {
  locale: string;
  kindPath: string;
  searchParams: SearchParams;
}) {
  const kind = getListingKindByPath(kindPath);
  if (!kind) notFound();
  const t = await getTranslations("Directory");
  const { subsectors, filters, problems, search } = await loadDirectory(searchParams, { fixedKind: kind });
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t(`title.${kind}`)}</h1>
        <p className="max-w-3xl text-lg">{t(`intro.${kind}`)}</p>
      </header>
      <DirectoryView
        action={getPathname({ href: routes.directory(kind), locale })}
        filters={filters}
        problems={problems}
        search={search}
        subsectors={subsectors}
        isKindSelectable={false}
        mapHref={`${getPathname({ href: routes.map, locale })}${toSearchParams(filters, { includeKind: true, page: 1 })}`}
      />
    </div>
  );
}

/** The search across all kinds and subsectors for some filters. */
export async function SearchResultsPage({ locale, searchParams }: { locale: string; searchParams: SearchParams }) {
  const t = await getTranslations("Directory");
  const { subsectors, filters, problems, search } = await loadDirectory(searchParams);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("searchTitle")}</h1>
        <p className="max-w-3xl text-lg">{t("searchIntro")}</p>
        {/* On a phone the search box is folded into the filters: say what was searched for. */}
        {filters.q ? <p className="font-medium">{t("searchedFor", { query: filters.q })}</p> : null}
      </header>
      <DirectoryView
        action={getPathname({ href: routes.search, locale })}
        filters={filters}
        problems={problems}
        search={search}
        subsectors={subsectors}
        isKindSelectable
        isFilterPanelOpen={!filters.q}
        mapHref={`${getPathname({ href: routes.map, locale })}${toSearchParams(filters, { includeKind: true, page: 1 })}`}
      />
    </div>
  );
}
