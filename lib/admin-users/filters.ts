import { z } from "zod";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { userRoles } from "./schemas";
import { readQueryText } from "@/lib/forms/text";

// The user list's filters live in the query string; unknown values are dropped rather than failing the page.
export const USERS_PAGE_SIZE = 50;

export const accountStates = ["aktif", "nonaktif"] as const;
export type AccountState = (typeof accountStates)[number];

export type UserFilters = { q: string; role: UserRole | null; state: AccountState | null; page: number };

type SearchParams = Record<string, string | string[] | undefined>;

const pageSchema = z.coerce.number().int().min(1).max(100_000);

export function parseUserFilters(params: SearchParams): UserFilters {
  const q = readQueryText(params.q).replace(/\s+/g, " ").slice(0, 100);
  const roleParam = readQueryText(params.peran).toUpperCase();
  const role = (userRoles as readonly string[]).includes(roleParam) ? (roleParam as UserRole) : null;
  const stateParam = readQueryText(params.status);
  const state = (accountStates as readonly string[]).includes(stateParam) ? (stateParam as AccountState) : null;
  const page = pageSchema.safeParse(readQueryText(params.hal));
  return { q, role, state, page: page.success ? page.data : 1 };
}

/** The query string for these filters (defaults left out), starting with "?" when not empty. */
export function toUserSearchParams(filters: UserFilters, page = filters.page): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.role) params.set("peran", filters.role.toLowerCase());
  if (filters.state) params.set("status", filters.state);
  if (page > 1) params.set("hal", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
