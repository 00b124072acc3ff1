import type { Prisma } from "@/lib/generated/prisma/client";
import { trainingEventTypes } from "./schemas";

// Parts of the public listing profile query (lib/listings/queries.ts) that come from events.

const profileEventSelect = {
  id: true,
  slug: true,
  type: true,
  titleIndonesian: true,
  titleEn: true,
  startsAt: true,
  endsAt: true,
  isSample: true,
  programme: { select: { nameIndonesian: true, nameEn: true } },
} satisfies Prisma.EventSelect;

/** Training the listing took part in (recorded by staff): shown as such, never as a certificate. */
export const trainingsAttendedSelect = {
  where: { event: { status: "PUBLISHED", type: { in: [...trainingEventTypes] } } },
  orderBy: { event: { startsAt: "desc" } },
  take: 50,
  select: { event: { select: profileEventSelect } },
} satisfies Prisma.Listing$participationsArgs;

/** Published events the listing organises that are not over yet, soonest first. */
export function upcomingOrganisedEventsSelect(now: Date) {
  return {
    where: { status: "PUBLISHED", endsAt: { gte: now } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 6,
    select: profileEventSelect,
  } satisfies Prisma.Listing$organisedEventsArgs;
}

export type ProfileEvent = Prisma.EventGetPayload<{ select: typeof profileEventSelect }>;
