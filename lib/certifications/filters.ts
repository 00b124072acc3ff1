import { z } from "zod";
import type { CertificationStatus } from "@/lib/generated/prisma/enums";
import { readQueryText } from "@/lib/forms/text";

// Filters of the certification pages live in the query string (shareable, no JavaScript needed). Unknown values
// are dropped and reported, never an error page.
export const PUBLIC_PAGE_SIZE = 24;
export const STAFF_PAGE_SIZE = 25;
/** "Expiring soon" on the staff list: certified and running out within this many days (Jakarta dates). */
export const EXPIRING_WITHIN_DAYS = 60;
export const MAX_SEARCH_LENGTH = 100;

type SearchParams = Record<string, string | string[] | undefined>;

const pageSchema = z.coerce.number().int().min(1).max(100_000);

function readPage(params: SearchParams): { page: number; isInvalid: boolean } {
  const value = readQueryText(params.hal);
  if (!value) return { page: 1, isInvalid: false };
  const parsed = pageSchema.safeParse(value);
  return parsed.success ? { page: parsed.data, isInvalid: false } : { page: 1, isInvalid: true };
}

export type CertifiedListingFilters = { typeSlug: string | null; subsectorSlug: string | null; page: number };
export type CertifiedListingProblem = "unknownType" | "unknownSubsector" | "invalidPage";

/** `/sertifikasi?jenis=<type slug>&subsektor=<subsector slug>&hal=<page>`. */
export function parseCertifiedListingFilters(
  params: SearchParams,
  known: { typeSlugs: readonly string[]; subsectorSlugs: readonly string[] },
): { filters: CertifiedListingFilters; problems: CertifiedListingProblem[] } {
  const problems: CertifiedListingProblem[] = [];
  let typeSlug: string | null = readQueryText(params.jenis) || null;
  if (typeSlug && !known.typeSlugs.includes(typeSlug)) {
    typeSlug = null;
    problems.push("unknownType");
  }
  let subsectorSlug: string | null = readQueryText(params.subsektor) || null;
  if (subsectorSlug && !known.subsectorSlugs.includes(subsectorSlug)) {
    subsectorSlug = null;
    problems.push("unknownSubsector");
  }
  const { page, isInvalid } = readPage(params);
  if (isInvalid) problems.push("invalidPage");
  return { filters: { typeSlug, subsectorSlug, page }, problems };
}

export function certifiedListingQuery(filters: CertifiedListingFilters, page: number = filters.page): string {
  const params = new URLSearchParams();
  if (filters.typeSlug) params.set("jenis", filters.typeSlug);
  if (filters.subsectorSlug) params.set("subsektor", filters.subsectorSlug);
  if (page > 1) params.set("hal", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

export const certificationStatusValues = [
  "APPLIED",
  "IN_REVIEW",
  "CERTIFIED",
  "REJECTED",
  "REVOKED",
] as const satisfies readonly CertificationStatus[];

export type StaffCertificationFilters = {
  status: CertificationStatus | null;
  typeSlug: string | null;
  isExpiringSoon: boolean;
  q: string;
  page: number;
};

/** `/admin/sertifikasi?status=…&jenis=…&segera=1&q=…&hal=…`. */
export function parseStaffCertificationFilters(
  params: SearchParams,
  known: { typeSlugs: readonly string[] },
): StaffCertificationFilters {
  const statusParam = readQueryText(params.status).toUpperCase();
  const status = (certificationStatusValues as readonly string[]).includes(statusParam)
    ? (statusParam as CertificationStatus)
    : null;
  const typeParam = readQueryText(params.jenis);
  return {
    status,
    typeSlug: known.typeSlugs.includes(typeParam) ? typeParam : null,
    isExpiringSoon: readQueryText(params.segera) === "1",
    q: readQueryText(params.q).replace(/\s+/g, " ").slice(0, MAX_SEARCH_LENGTH),
    page: readPage(params).page,
  };
}

export function staffCertificationQuery(filters: StaffCertificationFilters, page: number = filters.page): string {
  const params = new URLSearchParams();
  if (filters.status) params.set("status", filters.status);
  if (filters.typeSlug) params.set("jenis", filters.typeSlug);
  if (filters.isExpiringSoon) params.set("segera", "1");
  if (filters.q) params.set("q", filters.q);
  if (page > 1) params.set("hal", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The last day (YYYY-MM-DD) of the "expiring soon" window that starts on `today`. */
export function addDaysToIsoDate(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
