import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getEnv } from "@/lib/env";
import { getPathname } from "@/lib/i18n/navigation";
import { listDirectoryMarkers } from "@/lib/directory/queries";
import { getListingPath } from "@/lib/listings/kinds";
import { buildAlternates } from "@/lib/seo/alternates";
import { loadDirectory } from "@/lib/directory/load-directory";
import { DirectoryView } from "@/components/directory/directory-view";
import { ListingMap } from "@/components/map/listing-map";
import { AreaMap } from "@/components/map/area-map";
import { getOutlines } from "@/lib/geo/outlines";
import { BASE_LAYER_TOLERANCE } from "@/lib/geo/outline-geojson";

type PageProps = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Map" });
  return { title: t("title"), description: t("intro"), alternates: buildAlternates(locale, "/peta") };
}

export default async function MapPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations("Map");
  const { subsectors, filters, problems, search } = await loadDirectory(await searchParams);
  const markers = await listDirectoryMarkers(filters, locale);
  const env = getEnv();
  const outlines = getOutlines(BASE_LAYER_TOLERANCE);

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-lg">{t("intro")}</p>
        <p className="text-sm text-slate-600">{t("markerCount", { count: markers.length })}</p>
      </header>
      <ListingMap
        markers={markers.map((marker) => ({ ...marker, href: getPathname({ href: getListingPath(marker), locale }) }))}
        tileUrl={env.MAP_TILE_URL ?? null}
        tileAttribution={env.MAP_TILE_ATTRIBUTION ?? null}
        baseLayerUrl="/api/wilayah"
        boundaryAttribution={t("boundaryAttribution")}
        label={t("mapLabel")}
        clusterLabel={t("clusterLabel")}
        fallback={
          <AreaMap
            view={outlines.city}
            width={800}
            title={t("baseMapTitle")}
            kecamatan={outlines.kecamatan}
            kelurahan={outlines.kelurahan}
            points={markers}
            className="h-full w-full"
          />
        }
      />
      <p className="text-xs text-slate-600">{t("boundaryNote")}</p>
      <section aria-labelledby="daftar-peta" className="space-y-3">
        <h2 id="daftar-peta" className="text-xl font-semibold">
          {t("listTitle")}
        </h2>
        <DirectoryView
          action={getPathname({ href: "/peta", locale })}
          filters={filters}
          problems={problems}
          search={search}
          subsectors={subsectors}
          isKindSelectable
        />
      </section>
    </div>
  );
}
