"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { FormField, SelectField } from "@/components/forms/form-field";
import { PointPicker } from "@/components/map/point-picker";
import { kecamatanValues } from "@/lib/geo/kecamatan";
import type { Kecamatan } from "@/lib/generated/prisma/enums";
import { formatCoordinate, parseCoordinate, type LatLng, type PickerMap } from "@/lib/geo/picker-view";
import { apiRoutes } from "@/lib/site/routes";

type Area = {
  kelurahan: { code: string; name: string };
  kecamatan: { code: string; name: string; slug: string };
};
type Lookup = { key: string; result: Area | "outside" | "unavailable" };

type Props = {
  values: { kecamatan: string; address: string; latitude: string; longitude: string };
  errorOf: (key: string) => string | undefined;
  /** The picker's drawing; without it (or without JavaScript) the typed coordinates alone. */
  pickerMap?: PickerMap;
};

const subscribeNever = () => () => {};

/**
 * The location part of the listing form: address, coordinates, the point picker and the kelurahan the point lies in
 * (asked from /api/wilayah/lokasi, the same lookup saving runs), and a warning when the chosen kecamatan contradicts
 * it. The server still decides on save; this only says beforehand what it will say.
 */
export function LocationFields({ values, errorOf, pickerMap }: Props) {
  const t = useTranslations("ListingForm");
  const tKecamatan = useTranslations("Kecamatan");
  const [latitude, setLatitude] = useState(values.latitude);
  const [longitude, setLongitude] = useState(values.longitude);
  const [kecamatan, setKecamatan] = useState(values.kecamatan);
  const [lookup, setLookup] = useState<Lookup | null>(null);
  // The picker exists only once the page runs script: without it the form works with typed coordinates.
  const hasScript = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );

  const withPicker = hasScript && pickerMap !== undefined;
  const lat = parseCoordinate(latitude);
  const lng = parseCoordinate(longitude);
  const point: LatLng | null = lat !== null && lng !== null ? { latitude: lat, longitude: lng } : null;
  const key = point ? `${point.latitude},${point.longitude}` : "";

  useEffect(() => {
    if (!key) return;
    const [latText, lngText] = key.split(",");
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const query = new URLSearchParams({ lat: plainDecimal(latText!), lng: plainDecimal(lngText!) });
        const response = await fetch(`${apiRoutes.areaOfLocation}?${query}`, { signal: controller.signal });
        const result: Lookup["result"] = response.ok
          ? ((await response.json()) as Area)
          : response.status === 404
            ? "outside"
            : "unavailable";
        setLookup({ key, result });
      } catch {
        if (!controller.signal.aborted) setLookup({ key, result: "unavailable" });
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key]);

  const current = lookup?.key === key && key ? lookup.result : null;
  const area = current && typeof current === "object" ? current : null;
  const derivedKecamatan = area ? area.kecamatan.slug.toUpperCase() : null;
  const contradicts = Boolean(derivedKecamatan && kecamatan && kecamatan !== derivedKecamatan);

  const status =
    !latitude.trim() && !longitude.trim()
      ? t("picker.noPoint")
      : !point
        ? t("picker.incomplete")
        : current === null
          ? t("picker.checking")
          : current === "outside"
            ? t("picker.outside")
            : current === "unavailable"
              ? t("picker.unavailable")
              : t("picker.area", { kelurahan: current.kelurahan.name, kecamatan: current.kecamatan.name });

  const pick = (next: LatLng) => {
    setLatitude(formatCoordinate(next.latitude));
    setLongitude(formatCoordinate(next.longitude));
  };

  return (
    <>
      <FormField
        id="address"
        name="address"
        label={t("address")}
        defaultValue={values.address}
        error={errorOf("address")}
      />
      {/* Phone: coordinates, map, then what the point lies in; laptop: the map to the right of all three. */}
      <div
        className={
          withPicker
            ? "grid gap-4 md:grid-cols-[minmax(0,1fr)_minmax(0,22rem)] md:grid-rows-[auto_1fr] md:items-start"
            : "space-y-4"
        }
      >
        <div
          className={
            withPicker ? "grid gap-4 sm:grid-cols-2 md:col-start-1 md:grid-cols-1" : "grid gap-4 sm:grid-cols-2"
          }
        >
          <FormField
            id="latitude"
            name="latitude"
            label={t("latitude")}
            hint={t("coordinatesHint")}
            value={latitude}
            onValueChange={setLatitude}
            error={errorOf("latitude")}
          />
          <FormField
            id="longitude"
            name="longitude"
            label={t("longitude")}
            value={longitude}
            onValueChange={setLongitude}
            error={errorOf("longitude")}
          />
        </div>
        {withPicker ? (
          <div className="md:col-start-2 md:row-span-2 md:row-start-1">
            <PointPicker map={pickerMap} point={point} onPick={pick} highlightCode={area?.kelurahan.code} />
          </div>
        ) : null}
        <div className={withPicker ? "space-y-4 md:col-start-1 md:row-start-2" : "space-y-4"}>
          {withPicker ? (
            <div className="rounded border border-slate-300 bg-slate-50 p-3">
              <p className="text-sm font-medium text-slate-700">{t("picker.derivedTitle")}</p>
              <p
                aria-live="polite"
                aria-atomic="true"
                data-testid="derived-area"
                className="font-semibold text-brand-900"
              >
                {status}
              </p>
            </div>
          ) : null}
          <SelectField
            id="kecamatan"
            name="kecamatan"
            label={t("kecamatan")}
            value={kecamatan}
            onValueChange={setKecamatan}
            error={errorOf("kecamatan")}
            noteId={contradicts ? "kecamatan-conflict" : undefined}
            options={[
              { value: "", label: t("noKecamatan") },
              ...kecamatanValues.map((option) => ({ value: option, label: tKecamatan(option) })),
            ]}
          />
          {contradicts && area && derivedKecamatan ? (
            <div className="space-y-2 rounded border border-amber-600 bg-amber-50 p-3">
              <p id="kecamatan-conflict">
                {t("picker.contradicts", {
                  derived: area.kecamatan.name,
                  chosen: tKecamatan(kecamatan as Kecamatan),
                })}
              </p>
              <button
                type="button"
                onClick={() => setKecamatan(derivedKecamatan)}
                className="min-h-11 rounded border border-amber-700 bg-white px-3 font-semibold text-amber-900 hover:bg-amber-100"
              >
                {t("picker.useDerived", { name: area.kecamatan.name })}
              </button>
            </div>
          ) : null}
        </div>
      </div>
    </>
  );
}

/** The route takes plain decimals ("-7.9666"): a number's own string form can be exponential for tiny values. */
function plainDecimal(text: string) {
  const value = Number(text);
  return Number.isFinite(value) ? formatCoordinate(value) : text;
}
