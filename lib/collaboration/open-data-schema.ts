import { z } from "zod";
import { dateColumnToIsoDate, todayInJakarta } from "@/lib/dates";
import { kecamatanSlugs, type KecamatanSlug } from "@/lib/geo/kecamatan";
import { getListingPath, listingKindPaths } from "@/lib/listings/kinds";
import { DEFAULT_PER_PAGE, kindWords, MAX_PER_PAGE } from "@/lib/open-data/schemas";
import type { CsvColumns } from "@/lib/open-data/serialize";
import type { CollaborationKind, Kecamatan, ListingKind } from "@/lib/generated/prisma/enums";
import { boardStatusValues } from "./filters";
import { collaborationKindPaths, ONLINE_LOCATION } from "./schemas";
import { isPostOpen } from "./visibility";

// /api/v1/collaboration, in the open data API's conventions (lib/open-data/schemas.ts): English field names,
// the site's own filter words as values, strict response objects built field by field. Public fields only: never
// the author, the responses or their contacts, nor staff notes; hidden posts never reach the serializer.

const kindWordsOfPosts = Object.values(collaborationKindPaths) as [string, ...string[]];
const locationWords = [...kecamatanSlugs, ONLINE_LOCATION];

export const collaborationQuerySchema = z.object({
  jenis: z.enum(kindWordsOfPosts).optional().describe("`butuh` (a need) or `tawar` (an offer)."),
  subsektor: z
    .string()
    .trim()
    .max(100)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be a slug (lower-case words joined by hyphens)" })
    .optional()
    .describe("Subsector slug; matches subsectors wanted or offered."),
  kecamatan: z.enum(locationWords).optional().describe("District of Kota Malang, or `daring` for online posts."),
  status: z
    .enum(boardStatusValues)
    .default("semua")
    .describe("`buka`: still taking responses; `tutup`: closed or past its deadline; `semua` (default): both."),
  hal: z.coerce.number().int().min(1).max(100_000).default(1).describe("Page number, from 1."),
  per: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PER_PAGE)
    .default(DEFAULT_PER_PAGE)
    .describe(`Rows per page, 1–${MAX_PER_PAGE}.`),
  format: z
    .enum(["json", "csv"])
    .default("json")
    .describe("`csv` returns the same rows as a CSV download (UTF-8, comma-separated, CRLF)."),
});

const calendarDate = z.iso.date().describe("Calendar date (YYYY-MM-DD, Asia/Jakarta).");
const instant = z.iso.datetime().describe("Instant in ISO 8601, UTC.");
const httpUrl = z.url().describe("Absolute http(s) URL.");
const listingReference = z.strictObject({
  slug: z.string(),
  url: httpUrl,
  kind: z.enum(kindWords),
  name: z.strictObject({ id: z.string(), en: z.string().nullable() }),
});

export const openCollaborationPostSchema = z.strictObject({
  id: z.string(),
  url: httpUrl.describe("The post's public page."),
  kind: z.enum(kindWordsOfPosts).describe("`butuh` (a need) or `tawar` (an offer)."),
  status: z.enum(["buka", "tutup"]).describe("`tutup` once closed by its poster or past its deadline."),
  title: z.string().describe("As written by the poster."),
  description: z.string(),
  listing: listingReference.describe("The published listing the post was made for."),
  subsectorsWanted: z.array(z.string()).describe("Slugs: what a need looks for, or whom an offer is for."),
  subsectorsOffered: z.array(z.string()).describe("Slugs: what the poster brings."),
  kecamatan: z.enum(kecamatanSlugs).nullable(),
  isOnline: z.boolean(),
  deadline: calendarDate.nullable(),
  responseCount: z.number().int(),
  outcome: z.enum(["terlaksana", "tidak-terlaksana"]).nullable().describe("Set when the poster closed the post."),
  outcomeNote: z.string().nullable(),
  partner: listingReference.nullable().describe("The published listing it was done with, when named."),
  postedAt: instant,
  closedAt: instant.nullable(),
  isSample: z.boolean().describe("A made-up demo entry (never true in production)."),
});

export type OpenCollaborationPost = z.infer<typeof openCollaborationPostSchema>;

type ListingRow = { kind: ListingKind; slug: string; nameIndonesian: string; nameEn: string | null };

export type OpenCollaborationRow = {
  id: string;
  kind: CollaborationKind;
  status: "OPEN" | "CLOSED";
  title: string;
  description: string;
  kecamatan: Kecamatan | null;
  isOnline: boolean;
  deadline: Date | null;
  outcome: "DONE" | "NOT_DONE" | null;
  outcomeNote: string | null;
  closedAt: Date | null;
  isSample: boolean;
  createdAt: Date;
  listing: ListingRow;
  closedWith: (ListingRow & { status: string }) | null;
  subsectors: { role: "WANTED" | "OFFERED"; subsector: { slug: string } }[];
  _count: { responses: number };
};

const reference = (listing: ListingRow, siteUrl: string) => ({
  slug: listing.slug,
  url: `${siteUrl}${getListingPath(listing)}`,
  kind: listingKindPaths[listing.kind],
  name: { id: listing.nameIndonesian, en: listing.nameEn || null },
});

export function serializeCollaborationPost(
  row: OpenCollaborationRow,
  { siteUrl, today = todayInJakarta() }: { siteUrl: string; today?: string },
): OpenCollaborationPost {
  const slugsFor = (role: "WANTED" | "OFFERED") =>
    row.subsectors.filter((entry) => entry.role === role).map((entry) => entry.subsector.slug);
  return {
    id: row.id,
    url: `${siteUrl}/kolaborasi/${row.id}`,
    kind: collaborationKindPaths[row.kind],
    status: isPostOpen(row, today) ? "buka" : "tutup",
    title: row.title,
    description: row.description,
    listing: reference(row.listing, siteUrl),
    subsectorsWanted: slugsFor("WANTED"),
    subsectorsOffered: slugsFor("OFFERED"),
    kecamatan: row.kecamatan ? (row.kecamatan.toLowerCase() as KecamatanSlug) : null,
    isOnline: row.isOnline,
    deadline: row.deadline ? dateColumnToIsoDate(row.deadline) : null,
    responseCount: row._count.responses,
    outcome: row.outcome === "DONE" ? "terlaksana" : row.outcome === "NOT_DONE" ? "tidak-terlaksana" : null,
    outcomeNote: row.outcomeNote,
    partner: row.closedWith?.status === "PUBLISHED" ? reference(row.closedWith, siteUrl) : null,
    postedAt: row.createdAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    isSample: row.isSample,
  };
}

const joined = (values: string[]) => values.join("; ");

export const collaborationCsvColumns: CsvColumns<OpenCollaborationPost> = [
  { header: "id", value: (item) => item.id },
  { header: "url", value: (item) => item.url },
  { header: "kind", value: (item) => item.kind },
  { header: "status", value: (item) => item.status },
  { header: "title", value: (item) => item.title },
  { header: "description", value: (item) => item.description },
  { header: "listing", value: (item) => item.listing.slug },
  { header: "subsectors_wanted", value: (item) => joined(item.subsectorsWanted) },
  { header: "subsectors_offered", value: (item) => joined(item.subsectorsOffered) },
  { header: "kecamatan", value: (item) => item.kecamatan },
  { header: "is_online", value: (item) => item.isOnline },
  { header: "deadline", value: (item) => item.deadline },
  { header: "response_count", value: (item) => item.responseCount },
  { header: "outcome", value: (item) => item.outcome },
  { header: "outcome_note", value: (item) => item.outcomeNote },
  { header: "partner", value: (item) => item.partner?.slug },
  { header: "posted_at", value: (item) => item.postedAt },
  { header: "closed_at", value: (item) => item.closedAt },
  { header: "is_sample", value: (item) => item.isSample },
];
