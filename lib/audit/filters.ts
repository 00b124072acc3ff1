import { z } from "zod";
import { readQueryText } from "@/lib/forms/text";

// The audit log's filters live in the query string. Days are Asia/Jakarta calendar days (WIB, UTC+7, no daylight
// saving), so "from 1 to 3 March" means from 1 March 00:00 WIB up to, not including, 4 March 00:00 WIB.
export const AUDIT_PAGE_SIZE = 50;
const MAX_TEXT = 200;
const DAY_MS = 24 * 60 * 60 * 1000;

export type AuditFilters = {
  entityType: string;
  entityId: string;
  actorEmail: string;
  action: string;
  fromDay: string;
  toDay: string;
  page: number;
};

type SearchParams = Record<string, string | string[] | undefined>;

const pageSchema = z.coerce.number().int().min(1).max(100_000);
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

function readDay(value: string): string {
  if (!isoDay.test(value)) return "";
  const instant = new Date(`${value}T00:00:00+07:00`);
  // Rejects dates such as 2026-02-31, which Date would roll over into March.
  return Number.isNaN(instant.getTime()) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
    ? ""
    : value;
}

export function parseAuditFilters(params: SearchParams): AuditFilters {
  const page = pageSchema.safeParse(readQueryText(params.hal));
  return {
    entityType: readQueryText(params.tipe).slice(0, MAX_TEXT),
    entityId: readQueryText(params.entitas).slice(0, MAX_TEXT),
    actorEmail: readQueryText(params.aktor).toLowerCase().slice(0, 254),
    action: readQueryText(params.aksi).slice(0, MAX_TEXT),
    fromDay: readDay(readQueryText(params.dari)),
    toDay: readDay(readQueryText(params.sampai)),
    page: page.success ? page.data : 1,
  };
}

/** The instants bounding the chosen Jakarta days: `gte` the first day's start, `lt` the day after the last. */
export function toInstantRange(filters: Pick<AuditFilters, "fromDay" | "toDay">): { gte?: Date; lt?: Date } {
  return {
    ...(filters.fromDay ? { gte: new Date(`${filters.fromDay}T00:00:00+07:00`) } : {}),
    ...(filters.toDay ? { lt: new Date(new Date(`${filters.toDay}T00:00:00+07:00`).getTime() + DAY_MS) } : {}),
  };
}

export function toAuditSearchParams(filters: AuditFilters, page = filters.page): string {
  const params = new URLSearchParams();
  if (filters.entityType) params.set("tipe", filters.entityType);
  if (filters.entityId) params.set("entitas", filters.entityId);
  if (filters.actorEmail) params.set("aktor", filters.actorEmail);
  if (filters.action) params.set("aksi", filters.action);
  if (filters.fromDay) params.set("dari", filters.fromDay);
  if (filters.toDay) params.set("sampai", filters.toDay);
  if (page > 1) params.set("hal", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
