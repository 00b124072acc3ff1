import { getTranslations } from "next-intl/server";
import type { Kecamatan } from "@/lib/generated/prisma/enums";
import { planLocationMap } from "@/lib/geo/location-map";
import { getMalangAreas } from "@/lib/geo/malang-areas";

type ListingLocationProps = {
  name: string;
  kecamatan: Kecamatan | null;
  kelurahanCode: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
};

export function getOpenStreetMapUrl(latitude: number, longitude: number): string {
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
}

export function getLocationMapUrl(latitude: number, longitude: number): string {
  return `/api/wilayah/peta-lokasi?lat=${latitude}&lng=${longitude}`;
}

/**
 * Kelurahan, kecamatan, address and, with a point, a small map (an SVG image drawn by /api/wilayah/peta-lokasi:
 * the kelurahan's outline, its neighbours and the point; no script, no tiles) and a plain link to OpenStreetMap.
 */
export async function ListingLocation({
  name,
  kecamatan,
  kelurahanCode,
  address,
  latitude,
  longitude,
}: ListingLocationProps) {
  const t = await getTranslations("Profile");
  const tKecamatan = await getTranslations("Kecamatan");
  const hasCoordinates = latitude !== null && longitude !== null;
  const kelurahan = kelurahanCode
    ? (getMalangAreas().kelurahan.find((area) => area.code === kelurahanCode) ?? null)
    : null;
  const map = hasCoordinates ? planLocationMap(latitude, longitude) : null;

  return (
    <section aria-labelledby="lokasi" className="space-y-3">
      <h2 id="lokasi" className="text-xl font-semibold">
        {t("locationTitle")}
      </h2>
      {kecamatan || address || hasCoordinates ? (
        <div className="flex flex-col gap-4 md:flex-row md:items-start lg:flex-col">
          <dl className="fact-list grid flex-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr] sm:gap-y-2">
            {kelurahan ? (
              <>
                <dt className="font-medium text-slate-700">{t("kelurahan")}</dt>
                <dd>{kelurahan.name}</dd>
              </>
            ) : null}
            {kecamatan ? (
              <>
                <dt className="font-medium text-slate-700">{t("kecamatan")}</dt>
                <dd>{tKecamatan(kecamatan)}</dd>
              </>
            ) : null}
            {kelurahan ? (
              <>
                <dt className="font-medium text-slate-700">{t("areaCodes")}</dt>
                <dd className="font-mono text-sm">
                  {t("areaCodesValue", { kemendagri: kelurahan.code, bps: kelurahan.bpsCode })}
                </dd>
              </>
            ) : null}
            {address ? (
              <>
                <dt className="font-medium text-slate-700">{t("address")}</dt>
                <dd>{address}</dd>
              </>
            ) : null}
            {hasCoordinates ? (
              <>
                <dt className="font-medium text-slate-700">{t("coordinates")}</dt>
                <dd className="space-y-1">
                  <span className="block font-mono text-sm">
                    {latitude}, {longitude}
                  </span>
                  <a
                    href={getOpenStreetMapUrl(latitude, longitude)}
                    rel="noopener noreferrer external"
                    className="text-brand-700 underline hover:text-brand-900"
                  >
                    {t("openInOpenStreetMap")}
                  </a>
                </dd>
              </>
            ) : null}
          </dl>
          {hasCoordinates && map ? (
            <figure className="w-full max-w-xs shrink-0 space-y-1 lg:max-w-none">
              {/* eslint-disable-next-line @next/next/no-img-element -- a server-drawn SVG, nothing to optimise */}
              <img
                src={getLocationMapUrl(latitude, longitude)}
                width={map.width}
                height={map.height}
                alt={t("miniMapTitle", {
                  name,
                  kelurahan: map.kelurahan.name,
                  kecamatan: map.kecamatan?.name ?? "",
                })}
                loading="lazy"
                decoding="async"
                className="h-auto w-full rounded border border-slate-300"
              />
              <figcaption className="text-xs text-slate-600">{t("boundarySource")}</figcaption>
            </figure>
          ) : null}
        </div>
      ) : (
        <p className="text-slate-700">{t("noLocation")}</p>
      )}
    </section>
  );
}
