import { z } from "zod";
import type { Kecamatan, ListingKind } from "@/lib/generated/prisma/enums";
import { getListingKindByPath, listingKindPaths } from "@/lib/listings/kinds";
import { readQueryText } from "@/lib/forms/text";
import { kecamatanSlugs } from "@/lib/geo/kecamatan";

// The directory and search filters live in the query string so a filtered page can be shared. Bad values never
// produce an error page: they are dropped and reported as problems the page explains.
export const PAGE_SIZE = 24;
export const MAX_QUERY_LENGTH = 100;

export const sortValues = ["relevan", "nama", "terbaru", "terverifikasi"] as const;
export type DirectorySort = (typeof sortValues)[number];

export type FilterProblem =
  | "queryTooLong"
  | "unknownSubsector"
  | "unknownKecamatan"
  | "unknownKelurahan"
  | "kelurahanOutsideKecamatan"
  | "unknownKind"
  | "invalidCertified"
  | "unknownSort"
  | "invalidPage"
  | "pageOutOfRange";

export type DirectoryFilters = {
  q: string;
  kind: ListingKind | null;
  subsector: string | null;
  kecamatan: Kecamatan | null;
  /** Kemendagri code of a kelurahan (35.73.02.1001); when set, `kecamatan` is its kecamatan. */
  kelurahan: string | null;
  isCertifiedOnly: boolean;
  sort: DirectorySort;
  page: number;
};

type SearchParams = Record<string, string | string[] | undefined>;

const pageSchema = z.coerce.number().int().min(1).max(100_000);

/** The shape of a Kemendagri kelurahan code: province, city, kecamatan, kelurahan (35.73.02.1001). */
export const KELURAHAN_CODE_PATTERN = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

/**
 * Reads the query string of a directory or search page. `knownSubsectorSlugs` comes from the database; `kind` is
 * fixed on a directory page and read from `jenis` on the search page.
 */
export function parseDirectoryFilters(
  params: SearchParams,
  options: {
    knownSubsectorSlugs: readonly string[];
    /** Kelurahan code → its kecamatan (lib/geo/kelurahan-parents.ts); without it every `kelurahan` is unknown. */
    knownKelurahan?: ReadonlyMap<string, Kecamatan>;
    fixedKind?: ListingKind;
    fixedSubsector?: string;
  },
): { filters: DirectoryFilters; problems: FilterProblem[] } {
  const problems: FilterProblem[] = [];

  let q = readQueryText(params.q).replace(/\s+/g, " ");
  if (q.length > MAX_QUERY_LENGTH) {
    q = q.slice(0, MAX_QUERY_LENGTH).trim();
    problems.push("queryTooLong");
  }

  let kind: ListingKind | null = options.fixedKind ?? null;
  const kindParam = readQueryText(params.jenis);
  if (!options.fixedKind && kindParam) {
    kind = getListingKindByPath(kindParam);
    if (!kind) problems.push("unknownKind");
  }

  let subsector: string | null = options.fixedSubsector ?? (readQueryText(params.subsektor) || null);
  if (!options.fixedSubsector && subsector && !options.knownSubsectorSlugs.includes(subsector)) {
    subsector = null;
    problems.push("unknownSubsector");
  }

  let kecamatan: Kecamatan | null = null;
  const kecamatanParam = readQueryText(params.kecamatan).toLowerCase();
  if (kecamatanParam) {
    if ((kecamatanSlugs as readonly string[]).includes(kecamatanParam)) {
      kecamatan = kecamatanParam.toUpperCase() as Kecamatan;
    } else {
      problems.push("unknownKecamatan");
    }
  }

  // A kelurahan names its kecamatan. When the two disagree the kecamatan wins: the form lists only the chosen
  // kecamatan's kelurahan, so a disagreeing pair comes from changing the kecamatan and keeping an old kelurahan.
  let kelurahan: string | null = null;
  const kelurahanParam = readQueryText(params.kelurahan);
  if (kelurahanParam) {
    const parent = KELURAHAN_CODE_PATTERN.test(kelurahanParam)
      ? options.knownKelurahan?.get(kelurahanParam)
      : undefined;
    if (!parent) {
      problems.push("unknownKelurahan");
    } else if (kecamatan && kecamatan !== parent) {
      problems.push("kelurahanOutsideKecamatan");
    } else {
      kelurahan = kelurahanParam;
      kecamatan = parent;
    }
  }

  const certifiedParam = readQueryText(params.bersertifikat);
  const isCertifiedOnly = certifiedParam === "1";
  if (certifiedParam && certifiedParam !== "1" && certifiedParam !== "0") problems.push("invalidCertified");

  const defaultSort: DirectorySort = q ? "relevan" : "nama";
  let sort: DirectorySort = defaultSort;
  const sortParam = readQueryText(params.urut);
  if (sortParam) {
    if ((sortValues as readonly string[]).includes(sortParam)) {
      sort = sortParam as DirectorySort;
      if (sort === "relevan" && !q) sort = "nama";
    } else {
      problems.push("unknownSort");
    }
  }

  let page = 1;
  const pageParam = readQueryText(params.hal);
  if (pageParam) {
    const parsed = pageSchema.safeParse(pageParam);
    if (parsed.success) page = parsed.data;
    else problems.push("invalidPage");
  }

  return { filters: { q, kind, subsector, kecamatan, kelurahan, isCertifiedOnly, sort, page }, problems };
}

/**
 * The query string for these filters (defaults left out), for links that keep the current filters. On the search
 * page the kind travels as `jenis`; on a directory page it is part of the path.
 */
export function toSearchParams(
  filters: DirectoryFilters,
  options: { includeKind: boolean; includeSubsector?: boolean; page?: number },
): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (options.includeKind && filters.kind) params.set("jenis", listingKindPaths[filters.kind]);
  if (options.includeSubsector !== false && filters.subsector) params.set("subsektor", filters.subsector);
  if (filters.kecamatan) params.set("kecamatan", filters.kecamatan.toLowerCase());
  if (filters.kelurahan) params.set("kelurahan", filters.kelurahan);
  if (filters.isCertifiedOnly) params.set("bersertifikat", "1");
  if (filters.sort !== (filters.q ? "relevan" : "nama")) params.set("urut", filters.sort);
  const page = options.page ?? filters.page;
  if (page > 1) params.set("hal", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
