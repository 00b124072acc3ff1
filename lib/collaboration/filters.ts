import { z } from "zod";
import type { CollaborationKind, Kecamatan } from "@/lib/generated/prisma/enums";
import { kecamatanValues } from "@/lib/geo/kecamatan";
import { collaborationKindPaths, ONLINE_LOCATION } from "./schemas";
import { readQueryText } from "@/lib/forms/text";

// The board's filters live in the query string, like the directory's: bad values are dropped and explained,
// never an error page.
export const BOARD_PAGE_SIZE = 24;

export const boardStatusValues = ["buka", "tutup", "semua"] as const;
export type BoardStatus = (typeof boardStatusValues)[number];

export type BoardFilters = {
  subsector: string | null;
  kind: CollaborationKind | null;
  /** A kecamatan, "online", or any place (null). */
  location: Kecamatan | "ONLINE" | null;
  status: BoardStatus;
  page: number;
};

export type BoardFilterProblem =
  "unknownSubsector" | "unknownKind" | "unknownLocation" | "unknownStatus" | "invalidPage";

type SearchParams = Record<string, string | string[] | undefined>;

const pageSchema = z.coerce.number().int().min(1).max(100_000);
const kindsByPath = new Map(
  Object.entries(collaborationKindPaths).map(([kind, path]) => [path, kind as CollaborationKind]),
);

export function parseBoardFilters(
  params: SearchParams,
  knownSubsectorSlugs: readonly string[],
): { filters: BoardFilters; problems: BoardFilterProblem[] } {
  const problems: BoardFilterProblem[] = [];

  let subsector: string | null = readQueryText(params.subsektor) || null;
  if (subsector && !knownSubsectorSlugs.includes(subsector)) {
    subsector = null;
    problems.push("unknownSubsector");
  }

  const kindParam = readQueryText(params.jenis).toLowerCase();
  const kind = kindParam ? (kindsByPath.get(kindParam) ?? null) : null;
  if (kindParam && !kind) problems.push("unknownKind");

  let location: BoardFilters["location"] = null;
  const locationParam = readQueryText(params.kecamatan).toLowerCase();
  if (locationParam === ONLINE_LOCATION) location = "ONLINE";
  else if ((kecamatanValues as readonly string[]).includes(locationParam.toUpperCase()))
    location = locationParam.toUpperCase() as Kecamatan;
  else if (locationParam) problems.push("unknownLocation");

  let status: BoardStatus = "buka";
  const statusParam = readQueryText(params.status).toLowerCase();
  if ((boardStatusValues as readonly string[]).includes(statusParam)) status = statusParam as BoardStatus;
  else if (statusParam) problems.push("unknownStatus");

  let page = 1;
  const pageParam = readQueryText(params.hal);
  if (pageParam) {
    const parsed = pageSchema.safeParse(pageParam);
    if (parsed.success) page = parsed.data;
    else problems.push("invalidPage");
  }

  return { filters: { subsector, kind, location, status, page }, problems };
}

/** The query string for these filters (defaults left out), for paging links that keep them. */
export function toBoardSearchParams(filters: BoardFilters, page: number = filters.page): string {
  const params = new URLSearchParams();
  if (filters.subsector) params.set("subsektor", filters.subsector);
  if (filters.kind) params.set("jenis", collaborationKindPaths[filters.kind]);
  if (filters.location)
    params.set("kecamatan", filters.location === "ONLINE" ? ONLINE_LOCATION : filters.location.toLowerCase());
  if (filters.status !== "buka") params.set("status", filters.status);
  if (page > 1) params.set("hal", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
