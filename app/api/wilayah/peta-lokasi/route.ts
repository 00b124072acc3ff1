import type { NextRequest } from "next/server";
import { renderLocationMapSvg } from "@/lib/geo/location-map";

// A decimal degree as a profile shows it; anything else is not a point.
const DEGREES = /^-?\d{1,3}(\.\d{1,10})?$/;

function notFound() {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}

// Authorization: public and anonymous; drawn only from the city's reference boundaries (data/malang/) and the point
// in the address, which a profile already shows. A point outside Kota Malang has no map: 404.
export function GET(request: NextRequest) {
  const latitude = request.nextUrl.searchParams.get("lat") ?? "";
  const longitude = request.nextUrl.searchParams.get("lng") ?? "";
  if (!DEGREES.test(latitude) || !DEGREES.test(longitude)) return notFound();
  const svg = renderLocationMapSvg(Number(latitude), Number(longitude));
  if (!svg) return notFound();
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      // The drawing depends only on the point and the boundaries, which change only with a release.
      "Cache-Control": "public, max-age=86400",
    },
  });
}
