import { getTranslations } from "next-intl/server";
import type { Kecamatan } from "@/lib/generated/prisma/enums";

type ListingLocationProps = {
  kecamatan: Kecamatan | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
};

export function getOpenStreetMapUrl(latitude: number, longitude: number): string {
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
}

/** Kecamatan, address and, when coordinates are known, a plain link to the map (no tiles or scripts here). */
export async function ListingLocation({ kecamatan, address, latitude, longitude }: ListingLocationProps) {
  const t = await getTranslations("Profile");
  const tKecamatan = await getTranslations("Kecamatan");
  const hasCoordinates = latitude !== null && longitude !== null;

  return (
    <section aria-labelledby="lokasi" className="space-y-3">
      <h2 id="lokasi" className="text-xl font-semibold">
        {t("locationTitle")}
      </h2>
      {kecamatan || address || hasCoordinates ? (
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {kecamatan ? (
            <>
              <dt className="font-medium text-slate-700">{t("kecamatan")}</dt>
              <dd>{tKecamatan(kecamatan)}</dd>
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
      ) : (
        <p className="text-slate-700">{t("noLocation")}</p>
      )}
    </section>
  );
}
