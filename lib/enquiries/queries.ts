import "server-only";
import { prisma } from "@/lib/db/client";
import { dateColumnToIsoDate } from "@/lib/dates";
import { lastJakartaMonths } from "@/lib/listing-views/months";

export const ENQUIRIES_PER_PAGE = 20;

/** The listing whose messages a manager reads — only when the user manages it, otherwise null. */
export async function getManagedListingForInbox(userId: string, listingId: string) {
  return prisma.listing.findFirst({
    where: { id: listingId, managers: { some: { userId } } },
    select: { id: true, kind: true, slug: true, nameIndonesian: true, nameEn: true, status: true },
  });
}

/** A page of a managed listing's enquiries, newest first. Empty for a listing the user does not manage. */
export async function listEnquiriesForManager(userId: string, listingId: string, page: number) {
  const where = { listingId, listing: { managers: { some: { userId } } } };
  const [total, enquiries, unread] = await Promise.all([
    prisma.enquiry.count({ where }),
    prisma.enquiry.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (Math.max(1, page) - 1) * ENQUIRIES_PER_PAGE,
      take: ENQUIRIES_PER_PAGE,
      select: { id: true, senderName: true, senderEmail: true, message: true, createdAt: true, readAt: true },
    }),
    prisma.enquiry.count({ where: { ...where, readAt: null } }),
  ]);
  return { enquiries, total, unread, pageCount: Math.max(1, Math.ceil(total / ENQUIRIES_PER_PAGE)) };
}

/**
 * Profile views of a managed listing per Asia/Jakarta month over the last twelve months, newest first, months
 * without views included as zero. Empty for a listing the user does not manage.
 */
export async function listMonthlyViewsForManager(
  userId: string,
  listingId: string,
  now: Date = new Date(),
): Promise<{ month: string; views: number }[]> {
  const months = lastJakartaMonths(12, now);
  const managed = await prisma.listing.findFirst({
    where: { id: listingId, managers: { some: { userId } } },
    select: {
      viewMonths: {
        where: { month: { gte: new Date(`${months.at(-1)}T00:00:00Z`) } },
        select: { month: true, views: true },
      },
    },
  });
  if (!managed) return [];
  const viewsByMonth = new Map(managed.viewMonths.map((row) => [dateColumnToIsoDate(row.month), row.views]));
  return months.map((month) => ({ month, views: viewsByMonth.get(month) ?? 0 }));
}

/** Whether a listing's messages go to Disporapar (no active manager), for the contact form to say so. */
export async function isEnquiryReadByStaff(listingId: string): Promise<boolean> {
  const managers = await prisma.listingManager.count({ where: { listingId, user: { isDisabled: false } } });
  return managers === 0;
}
