import type { NextRequest } from "next/server";
import { getKelurahanParents } from "@/lib/geo/kelurahan-parents";
import { getPathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { parseDirectoryFilters } from "@/lib/directory/filters";
import { listDirectoryMarkers } from "@/lib/directory/queries";
import { getListingPath } from "@/lib/listings/kinds";
import { listSubsectors } from "@/lib/subsectors/queries";

// Authorization: public and anonymous; the published listings' names, points and profile links for /peta's
// interactive map, with the page's filters (the same rows the page's list shows). Fetched by the map after the page
// has loaded, so the page itself does not carry every point (decision 027).
export async function GET(request: NextRequest) {
  const query: Record<string, string[]> = {};
  for (const [key, value] of request.nextUrl.searchParams) (query[key] ??= []).push(value);
  const locale = query.bahasa?.[0] === "en" ? "en" : routing.defaultLocale;
  const subsectors = await listSubsectors();
  const { filters } = parseDirectoryFilters(query, {
    knownSubsectorSlugs: subsectors.map((subsector) => subsector.slug),
    knownKelurahan: getKelurahanParents(),
  });
  const markers = await listDirectoryMarkers(filters, locale);
  const body = markers.map((marker) => ({
    name: marker.name,
    latitude: marker.latitude,
    longitude: marker.longitude,
    href: getPathname({ href: getListingPath(marker), locale }),
  }));
  return new Response(JSON.stringify(body), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      // Published listings change a few times a day; the public pages may be as old (next.config's expireTime).
      "Cache-Control": "public, max-age=300",
    },
  });
}
