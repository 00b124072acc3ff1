import { getOutlines, type Outline } from "./outlines";

// The map page's base layer: about 22 m of simplification (under a pixel at city zoom) is invisible at city zoom and halves the vertices.
export const BASE_LAYER_TOLERANCE = 0.0002;

const round = (value: number) => Math.round(value * 1e5) / 1e5;

function toFeature(outline: Outline, level: "kecamatan" | "kelurahan") {
  return {
    type: "Feature" as const,
    properties: {
      kode: outline.code,
      kode_bps: outline.bpsCode,
      nama: outline.name,
      tingkat: level,
      kode_kecamatan: outline.kecamatanCode,
      label: outline.label.map(round),
    },
    geometry: {
      type: "MultiPolygon" as const,
      coordinates: outline.polygons.map((polygon) =>
        polygon.map((ring) => ring.map(([lng, lat]) => [round(lng), round(lat)])),
      ),
    },
  };
}

/** Both levels as one GeoJSON FeatureCollection (RFC 7946), kecamatan first. */
export function getBaseLayerGeoJson() {
  const outlines = getOutlines(BASE_LAYER_TOLERANCE);
  return {
    type: "FeatureCollection" as const,
    features: [
      ...outlines.kecamatan.map((outline) => toFeature(outline, "kecamatan")),
      ...outlines.kelurahan.map((outline) => toFeature(outline, "kelurahan")),
    ],
  };
}
