import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getEnv } from "@/lib/env";
import { getPathname } from "@/lib/i18n/navigation";
import { listDirectoryMarkers } from "@/lib/directory/queries";
import { toSearchParams } from "@/lib/directory/filters";
import { buildAlternates } from "@/lib/seo/alternates";
import { loadDirectory } from "@/lib/directory/load-directory";
import { DirectoryView } from "@/components/directory/directory-view";
import { ListingMap } from "@/components/map/listing-map";
import { AreaMap } from "@/components/map/area-map";
import { getOutlines } from "@/lib/geo/outlines";
import { Choropleth } from "@/components/map/choropleth";
import { PageSection } from "@/components/page-parts/page-section";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { apiRoutes, routes } from "@/lib/site/routes";

// Coarser than the home page's preview: the drawing is only a placeholder for the interactive map.
const FALLBACK_TOLERANCE = 0.0008;

export async function generateMetadata({ params }: LocalePageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Map" });
  return { title: t("title"), description: t("intro"), alternates: buildAlternates(locale, routes.map) };
}

export default async function MapPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations("Map");
  const { subsectors, filters, problems, search } = await loadDirectory(await searchParams);
  const markers = await listDirectoryMarkers(filters, locale);
  const env = getEnv();
  const outlines = getOutlines(FALLBACK_TOLERANCE);
  const query = await searchParams;
  // The list with the same filters: the kind's own directory when a kind is chosen, else the search.
  const listHref = filters.kind
    ? `${getPathname({ href: routes.directory(filters.kind), locale })}${toSearchParams(filters, { includeKind: false, page: 1 })}`
    : `${getPathname({ href: routes.search, locale })}${toSearchParams(filters, { includeKind: true, page: 1 })}`;
  const markersSearch = new URLSearchParams(toSearchParams(filters, { includeKind: true, page: 1 }));
  if (locale === "en") markersSearch.set("bahasa", "en");
  const level = query.wilayah === "kelurahan" ? "kelurahan" : "kecamatan";
  const counts = new Map<string, number>();
  for (const marker of markers) {
    if (!marker.kelurahanCode) continue;
    const code = level === "kelurahan" ? marker.kelurahanCode : marker.kelurahanCode.slice(0, 8);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const levelHref = (value: "kecamatan" | "kelurahan") => {
    const params = new URLSearchParams();
    for (const [key, raw] of Object.entries(query))
      for (const item of Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
        if (key !== "wilayah") params.append(key, item);
    if (value === "kelurahan") params.set("wilayah", "kelurahan");
    const search = params.toString();
    return `${getPathname({ href: routes.map, locale })}${search ? `?${search}` : ""}#sebaran`;
  };

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-lg">{t("intro")}</p>
        <p className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm text-slate-600">
          <span>{t("markerCount", { count: markers.length })}</span>
          <a href={listHref} className="text-base text-brand-700 underline">
            {t("viewAsList")}
          </a>
        </p>
      </header>
      <ListingMap
        markersUrl={`${apiRoutes.mapMarkers}${markersSearch.size ? `?${markersSearch}` : ""}`}
        tileUrl={env.MAP_TILE_URL ?? null}
        tileAttribution={env.MAP_TILE_ATTRIBUTION ?? null}
        baseLayerUrl={apiRoutes.areas}
        boundaryAttribution={t("boundaryAttribution")}
        label={t("mapLabel")}
        clusterLabel={t("clusterLabel")}
        fallback={
          // Until the map has loaded (and without JavaScript): the kecamatan only. Every point and kelurahan
          // drawn here came to about 30 kB gzipped, twice (HTML and the React payload); the density map below and
          // the list say where the listings are (decision 027).
          <AreaMap
            view={outlines.city}
            width={400}
            title={t("baseMapTitle")}
            kecamatan={outlines.kecamatan}
            kelurahan={[]}
            className="h-full w-full"
          />
        }
      />
      <p className="text-xs text-slate-600">{t("boundaryNote")}</p>
      <section id="sebaran" aria-labelledby="judul-sebaran" className="space-y-3">
        <h2 id="judul-sebaran" className="text-xl font-semibold">
          {t("densityTitle")}
        </h2>
        <nav aria-label={t("densityLevel")} className="flex flex-wrap gap-2 text-sm">
          {(["kecamatan", "kelurahan"] as const).map((value) => (
            <a
              key={value}
              href={levelHref(value)}
              aria-current={value === level ? "true" : undefined}
              className={
                value === level
                  ? "rounded-full bg-brand-800 px-3 py-1 font-medium text-white"
                  : "rounded-full border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-50"
              }
            >
              {t(value === "kecamatan" ? "densityPerKecamatan" : "densityPerKelurahan")}
            </a>
          ))}
        </nav>
        <Choropleth
          level={level}
          counts={counts}
          locale={locale}
          labels={{
            title: t(level === "kecamatan" ? "densityTitleKecamatan" : "densityTitleKelurahan"),
            caption: t("densityCaption"),
            legendTitle: t("densityLegend"),
            none: t("densityNone"),
            area: t(level === "kecamatan" ? "densityPerKecamatan" : "densityPerKelurahan"),
            codes: t("densityCodes"),
            count: t("densityCount"),
          }}
        />
      </section>
      <PageSection id="daftar-peta" title={t("listTitle")}>
        <DirectoryView
          action={getPathname({ href: routes.map, locale })}
          filters={filters}
          problems={problems}
          search={search}
          subsectors={subsectors}
          isKindSelectable
        />
      </PageSection>
    </div>
  );
}
