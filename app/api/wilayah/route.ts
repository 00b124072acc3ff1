import { getBaseLayerGeoJson } from "@/lib/geo/outline-geojson";

// Built once: the boundaries change only with a new release (data/malang/).
export const dynamic = "force-static";

// Authorization: public and anonymous; reference data (Kota Malang's kecamatan and kelurahan boundaries and codes),
// the map page's base layer.
export function GET() {
  return new Response(JSON.stringify(getBaseLayerGeoJson()), {
    headers: {
      "Content-Type": "application/geo+json; charset=utf-8",
      "Cache-Control": "public, max-age=86400",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
