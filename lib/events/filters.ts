import { z } from "zod";
import type { EventStatus, EventType } from "@/lib/generated/prisma/enums";
import { readQueryText } from "@/lib/forms/text";

// Filters of the events pages live in the query string (shareable, no JavaScript needed). Unknown values are
// dropped and reported, never an error page.
export const PUBLIC_EVENTS_PAGE_SIZE = 24;
export const STAFF_EVENTS_PAGE_SIZE = 25;
export const MAX_SEARCH_LENGTH = 100;

type SearchParams = Record<string, string | string[] | undefined>;

/** The Indonesian URL word of each type (`/acara?jenis=pelatihan`), the same in both languages. */
export const eventTypeSlugs: Record<EventType, string> = {
  TRAINING: "pelatihan",
  BIMTEK: "bimtek",
  FESTIVAL: "festival",
  MEETUP: "temu-komunitas",
  EXHIBITION: "pameran",
  CALL: "panggilan",
  OTHER: "lainnya",
};

const typesBySlug = new Map(Object.entries(eventTypeSlugs).map(([type, slug]) => [slug, type as EventType]));

const pageSchema = z.coerce.number().int().min(1).max(100_000);

function readPage(params: SearchParams): { page: number; isInvalid: boolean } {
  const value = readQueryText(params.hal);
  if (!value) return { page: 1, isInvalid: false };
  const parsed = pageSchema.safeParse(value);
  return parsed.success ? { page: parsed.data, isInvalid: false } : { page: 1, isInvalid: true };
}

export type EventTimeframe = "upcoming" | "past";

export type PublicEventFilters = {
  timeframe: EventTimeframe;
  type: EventType | null;
  subsectorSlug: string | null;
  programmeSlug: string | null;
  page: number;
};

export type PublicEventProblem = "unknownType" | "unknownSubsector" | "unknownProgramme" | "invalidPage";

/** `/acara?waktu=lalu&jenis=<type word>&subsektor=<slug>&program=<slug>&hal=<page>`; upcoming by default. */
export function parsePublicEventFilters(
  params: SearchParams,
  known: { subsectorSlugs: readonly string[]; programmeSlugs: readonly string[] },
): { filters: PublicEventFilters; problems: PublicEventProblem[] } {
  const problems: PublicEventProblem[] = [];
  const timeframe: EventTimeframe = readQueryText(params.waktu) === "lalu" ? "past" : "upcoming";
  const typeWord = readQueryText(params.jenis);
  let type: EventType | null = null;
  if (typeWord) {
    type = typesBySlug.get(typeWord) ?? null;
    if (!type) problems.push("unknownType");
  }
  let subsectorSlug: string | null = readQueryText(params.subsektor) || null;
  if (subsectorSlug && !known.subsectorSlugs.includes(subsectorSlug)) {
    subsectorSlug = null;
    problems.push("unknownSubsector");
  }
  let programmeSlug: string | null = readQueryText(params.program) || null;
  if (programmeSlug && !known.programmeSlugs.includes(programmeSlug)) {
    programmeSlug = null;
    problems.push("unknownProgramme");
  }
  const { page, isInvalid } = readPage(params);
  if (isInvalid) problems.push("invalidPage");
  return { filters: { timeframe, type, subsectorSlug, programmeSlug, page }, problems };
}

export function publicEventQuery(filters: PublicEventFilters, page: number = filters.page): string {
  const params = new URLSearchParams();
  if (filters.timeframe === "past") params.set("waktu", "lalu");
  if (filters.type) params.set("jenis", eventTypeSlugs[filters.type]);
  if (filters.subsectorSlug) params.set("subsektor", filters.subsectorSlug);
  if (filters.programmeSlug) params.set("program", filters.programmeSlug);
  if (page > 1) params.set("hal", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

export const eventStatusValues = [
  "PENDING_REVIEW",
  "PUBLISHED",
  "REJECTED",
  "CANCELLED",
] as const satisfies readonly EventStatus[];

export type StaffEventFilters = { status: EventStatus | null; q: string; page: number };

/** `/admin/acara?status=…&q=…&hal=…`. */
export function parseStaffEventFilters(params: SearchParams): StaffEventFilters {
  const statusParam = readQueryText(params.status).toUpperCase();
  const status = (eventStatusValues as readonly string[]).includes(statusParam) ? (statusParam as EventStatus) : null;
  return { status, q: readQueryText(params.q).slice(0, MAX_SEARCH_LENGTH), page: readPage(params).page };
}

export function staffEventQuery(filters: StaffEventFilters, page: number = filters.page): string {
  const params = new URLSearchParams();
  if (filters.status) params.set("status", filters.status);
  if (filters.q) params.set("q", filters.q);
  if (page > 1) params.set("hal", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
