import "server-only";
import { prisma } from "@/lib/db/client";
import { assertAdmin } from "@/lib/auth/assert-role";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { USERS_PAGE_SIZE, type UserFilters } from "./filters";

type Actor = { id: string; role: UserRole };

/** Accounts for the admin's user list, newest first, with what the list shows and nothing secret. */
export async function listUsers(actor: Actor | null, filters: UserFilters) {
  assertAdmin(actor);
  const where: Prisma.UserWhereInput = {
    ...(filters.q
      ? {
          OR: [
            { name: { contains: filters.q, mode: "insensitive" } },
            { email: { contains: filters.q, mode: "insensitive" } },
          ],
        }
      : {}),
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.state ? { isDisabled: filters.state === "nonaktif" } : {}),
  };
  const now = new Date();
  const [rows, total] = await Promise.all([
    prisma.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        isDisabled: true,
        emailVerifiedAt: true,
        createdAt: true,
        passwordHash: true,
        _count: { select: { managedListings: true } },
        authTokens: {
          where: { purpose: "STAFF_INVITE", usedAt: null, expiresAt: { gt: now } },
          select: { expiresAt: true },
          orderBy: { expiresAt: "desc" },
          take: 1,
        },
      },
    }),
    prisma.user.count({ where }),
  ]);
  const users = rows.map(({ passwordHash, authTokens, _count, ...user }) => ({
    ...user,
    hasPassword: passwordHash !== null,
    staffInviteExpiresAt: authTokens[0]?.expiresAt ?? null,
    managedListingCount: _count.managedListings,
  }));
  return { users, total, pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}

/** A listing (by id or slug) with its managers, for the admin's transfer page. */
export async function findListingManagement(actor: Actor | null, idOrSlug: string) {
  assertAdmin(actor);
  return prisma.listing.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] },
    select: {
      id: true,
      kind: true,
      slug: true,
      nameIndonesian: true,
      nameEn: true,
      status: true,
      managers: {
        orderBy: { createdAt: "asc" },
        select: {
          createdAt: true,
          user: { select: { id: true, name: true, email: true, isDisabled: true } },
        },
      },
    },
  });
}
