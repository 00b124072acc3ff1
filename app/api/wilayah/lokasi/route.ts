import type { NextRequest } from "next/server";
import { findKelurahanAt, getMalangAreas } from "@/lib/geo/malang-areas";

// A decimal degree as the forms post it; anything else is not a point.
const DEGREES = /^-?\d{1,3}(\.\d{1,10})?$/;

const headers = {
  "Content-Type": "application/json; charset=utf-8",
  // The answer depends only on the point and the boundaries, which change only with a release.
  "Cache-Control": "public, max-age=86400",
};

// Authorization: public and anonymous; answers only from the city's reference boundaries (data/malang/): which
// kelurahan and kecamatan a point lies in, as the listing forms' point picker shows before saving. 404 outside
// Kota Malang, 400 for anything that is not a pair of decimal degrees.
export function GET(request: NextRequest) {
  const latitude = request.nextUrl.searchParams.get("lat") ?? "";
  const longitude = request.nextUrl.searchParams.get("lng") ?? "";
  if (!DEGREES.test(latitude) || !DEGREES.test(longitude))
    return new Response(JSON.stringify({ error: "invalidPoint" }), { status: 400, headers });
  const areas = getMalangAreas();
  const kelurahan = findKelurahanAt(areas, Number(longitude), Number(latitude));
  const kecamatan = kelurahan ? areas.byCode.get(kelurahan.kecamatanCode) : undefined;
  if (!kelurahan || !kecamatan)
    return new Response(JSON.stringify({ error: "outsideMalang" }), { status: 404, headers });
  return new Response(
    JSON.stringify({
      kelurahan: { code: kelurahan.code, bpsCode: kelurahan.bpsCode, name: kelurahan.name },
      kecamatan: {
        code: kecamatan.code,
        bpsCode: kecamatan.bpsCode,
        name: kecamatan.name,
        slug: kelurahan.kecamatan.toLowerCase(),
      },
    }),
    { headers },
  );
}
