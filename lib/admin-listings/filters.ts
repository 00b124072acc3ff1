import { z } from "zod";
import type { Kecamatan, ListingFieldGroup, ListingKind, ListingStatus } from "@/lib/generated/prisma/enums";
import { fieldGroupValues } from "@/lib/reach/schemas";
import { getListingKindByPath, listingKindPaths } from "@/lib/listings/kinds";
import { readQueryText } from "@/lib/forms/text";
import { kecamatanValues } from "@/lib/geo/kecamatan";
import { listingStatuses } from "@/lib/listings/statuses";

// The staff listing table's filters live in the query string (shareable, no JavaScript needed). Unknown values are
// dropped, never an error page.
export const ADMIN_LISTINGS_PAGE_SIZE = 50;
export const MAX_SEARCH_LENGTH = 100;

export type AdminListingFilters = {
  q: string;
  kind: ListingKind | null;
  subsectorSlug: string | null;
  kecamatan: Kecamatan | null;
  status: ListingStatus | null;
  isCertifiedOnly: boolean;
  /** Published and not verified for 12 months. */
  isStaleOnly: boolean;
  /** Published and this group of fields not confirmed for 12 months (per-field freshness). */
  staleGroup: ListingFieldGroup | null;
  /** A freshness reminder went out and the managers have not answered yet. */
  isRemindedOnly: boolean;
  /** Sample (demo) listings only, real ones only, or both. */
  sample: "only" | "none" | null;
  page: number;
};

type SearchParams = Record<string, string | string[] | undefined>;

const pageSchema = z.coerce.number().int().min(1).max(100_000);

/**
 * `/admin/listing?q=…&jenis=<kind path>&subsektor=<slug>&kecamatan=<name>&status=<STATUS>&bersertifikat=1&basi=1
 * &basi-bagian=<CONTACT|LOCATION|CERTIFICATES|FACTS>&pengingat=1&contoh=1|0&hal=<page>`.
 */
export function parseAdminListingFilters(
  params: SearchParams,
  known: { subsectorSlugs: readonly string[] },
): AdminListingFilters {
  const kecamatanParam = readQueryText(params.kecamatan).toUpperCase();
  const statusParam = readQueryText(params.status).toUpperCase();
  const subsectorParam = readQueryText(params.subsektor);
  const sampleParam = readQueryText(params.contoh);
  const page = pageSchema.safeParse(readQueryText(params.hal) || "1");
  return {
    q: readQueryText(params.q).replace(/\s+/g, " ").slice(0, MAX_SEARCH_LENGTH),
    kind: getListingKindByPath(readQueryText(params.jenis)),
    subsectorSlug: known.subsectorSlugs.includes(subsectorParam) ? subsectorParam : null,
    kecamatan: (kecamatanValues as readonly string[]).includes(kecamatanParam) ? (kecamatanParam as Kecamatan) : null,
    status: (listingStatuses as readonly string[]).includes(statusParam) ? (statusParam as ListingStatus) : null,
    isCertifiedOnly: readQueryText(params.bersertifikat) === "1",
    isStaleOnly: readQueryText(params.basi) === "1",
    staleGroup: (fieldGroupValues as readonly string[]).includes(readQueryText(params["basi-bagian"]))
      ? (readQueryText(params["basi-bagian"]) as ListingFieldGroup)
      : null,
    isRemindedOnly: readQueryText(params.pengingat) === "1",
    sample: sampleParam === "1" ? "only" : sampleParam === "0" ? "none" : null,
    page: page.success ? page.data : 1,
  };
}

/** The query string for some filters (and another page of them), "" when there is nothing to say. */
export function adminListingQuery(filters: AdminListingFilters, page: number = filters.page): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.kind) params.set("jenis", listingKindPaths[filters.kind]);
  if (filters.subsectorSlug) params.set("subsektor", filters.subsectorSlug);
  if (filters.kecamatan) params.set("kecamatan", filters.kecamatan.toLowerCase());
  if (filters.status) params.set("status", filters.status);
  if (filters.isCertifiedOnly) params.set("bersertifikat", "1");
  if (filters.isStaleOnly) params.set("basi", "1");
  if (filters.staleGroup) params.set("basi-bagian", filters.staleGroup);
  if (filters.isRemindedOnly) params.set("pengingat", "1");
  if (filters.sample) params.set("contoh", filters.sample === "only" ? "1" : "0");
  if (page > 1) params.set("hal", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
