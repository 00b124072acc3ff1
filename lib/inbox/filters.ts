import type { InboxItemKind, Kecamatan } from "@/lib/generated/prisma/enums";
import { kecamatanValues } from "@/lib/geo/kecamatan";
import { readQueryText } from "@/lib/forms/text";
import { readRecordId } from "@/lib/forms/redirect-target";
import { routes } from "@/lib/site/routes";

// The staff inbox (/admin/tugas): its kinds, their query-string names and the filters, shared by the page, the
// queries and the actions. Unknown filter values are dropped, never an error page.

/** The order the inbox's counts and kind filter list them in. */
export const inboxItemKinds = [
  "NEW_LISTING",
  "REVISION",
  "CLAIM",
  "CERTIFICATION",
  "EVENT",
  "PROBLEM_REPORT",
  "COLLABORATION_REPORT",
  "ENQUIRY",
] as const satisfies readonly InboxItemKind[];

/** `?jenis=` values: Indonesian words, like every path and query of the portal. */
export const inboxKindSlugs: Record<InboxItemKind, string> = {
  NEW_LISTING: "listing-baru",
  REVISION: "revisi",
  CLAIM: "klaim",
  CERTIFICATION: "sertifikasi",
  EVENT: "acara",
  PROBLEM_REPORT: "laporan",
  COLLABORATION_REPORT: "laporan-kolaborasi",
  ENQUIRY: "pesan",
};

export function readInboxKind(slug: string): InboxItemKind | null {
  return inboxItemKinds.find((kind) => inboxKindSlugs[kind] === slug) ?? null;
}

export type InboxFilters = { kind: InboxItemKind | null; subsectorSlug: string | null; kecamatan: Kecamatan | null };

type SearchParams = Record<string, string | string[] | undefined>;

/** `/admin/tugas?jenis=<kind slug>&subsektor=<subsector slug>&kecamatan=<name>`. */
export function parseInboxFilters(params: SearchParams, known: { subsectorSlugs: readonly string[] }): InboxFilters {
  const subsector = readQueryText(params.subsektor);
  const kecamatan = readQueryText(params.kecamatan).toUpperCase();
  return {
    kind: readInboxKind(readQueryText(params.jenis)),
    subsectorSlug: known.subsectorSlugs.includes(subsector) ? subsector : null,
    kecamatan: (kecamatanValues as readonly string[]).includes(kecamatan) ? (kecamatan as Kecamatan) : null,
  };
}

/** The query string for these filters ("" when none), in a stable order. */
export function inboxQuery(filters: InboxFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (filters.kind) params.set("jenis", inboxKindSlugs[filters.kind]);
  if (filters.subsectorSlug) params.set("subsektor", filters.subsectorSlug);
  if (filters.kecamatan) params.set("kecamatan", filters.kecamatan.toLowerCase());
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.size ? `?${params}` : "";
}

/**
 * Item pages opened from the inbox carry `?tugas=<kind slug or "semua">`; their decision forms post it back as the
 * `inboxFilter` field, so the decision returns to the inbox with the same kind filter. Without it (an item opened
 * from an older list) the decision keeps its old destination.
 */
export const INBOX_RETURN_PARAM = "tugas";
export const INBOX_RETURN_FIELD = "inboxFilter";
const ALL_KINDS = "semua";

export function inboxReturnValue(kind: InboxItemKind | null): string {
  return kind ? inboxKindSlugs[kind] : ALL_KINDS;
}

/** The kind filter a decision form posted, `undefined` when the item was not opened from the inbox. */
export function readInboxReturn(value: string): { kind: InboxItemKind | null } | undefined {
  if (value === ALL_KINDS) return { kind: null };
  const kind = readInboxKind(value);
  return kind ? { kind } : undefined;
}

/** What the inbox's notice says after a decision ("Revisi «Nama» disetujui") or after taking or releasing an item. */
export const inboxOutcomeSlugs = {
  approved: "disetujui",
  rejected: "ditolak",
  inReview: "ditinjau",
  certified: "tersertifikasi",
  resolved: "diselesaikan",
  dismissed: "diabaikan",
  hidden: "disembunyikan",
  answered: "dijawab",
  taken: "diambil",
  released: "dilepas",
  takenByOther: "sudah-diambil",
  notWaiting: "tidak-menunggu",
  notYours: "bukan-milik-anda",
} as const;
export type InboxOutcome = keyof typeof inboxOutcomeSlugs;

export function readInboxOutcome(slug: string): InboxOutcome | null {
  const entry = Object.entries(inboxOutcomeSlugs).find(([, value]) => value === slug);
  return entry ? (entry[0] as InboxOutcome) : null;
}

/** `?selesai=<kind slug>~<id>`: the item a notice is about. */
export function inboxItemRef(kind: InboxItemKind, id: string): string {
  return `${inboxKindSlugs[kind]}~${id}`;
}

export function readInboxItemRef(value: string): { kind: InboxItemKind; id: string } | null {
  const [slug, id, ...rest] = value.split("~");
  const kind = readInboxKind(slug ?? "");
  if (!kind || !id || rest.length > 0 || !readRecordId(id)) return null;
  return { kind, id };
}

/** Whole days between two instants (0 on the same day), for the "age" column. */
export function ageInDays(since: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / (24 * 60 * 60 * 1000)));
}

const itemPaths: Record<InboxItemKind, (id: string) => string> = {
  NEW_LISTING: routes.admin.newListingReview,
  REVISION: routes.admin.revisionReview,
  CLAIM: routes.admin.claimReview,
  CERTIFICATION: routes.admin.certification,
  EVENT: routes.admin.event,
  PROBLEM_REPORT: () => routes.admin.problemReports,
  COLLABORATION_REPORT: routes.admin.collaborationReport,
  ENQUIRY: routes.admin.enquiry,
};

/** The page an item is decided on, marked as opened from the inbox with its kind filter. */
export function inboxItemHref(item: { kind: InboxItemKind; id: string }, filterKind: InboxItemKind | null): string {
  const params = new URLSearchParams();
  if (item.kind === "PROBLEM_REPORT") params.set("laporan", item.id);
  params.set(INBOX_RETURN_PARAM, inboxReturnValue(filterKind));
  return `${itemPaths[item.kind](item.id)}?${params}`;
}
