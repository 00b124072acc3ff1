import "server-only";
import { prisma } from "@/lib/db/client";
import { jakartaMonthStart } from "./months";

/**
 * Adds one view to a published listing's count for the current Asia/Jakarta month, in one statement (no lost
 * updates under concurrent views). Nothing about the visitor is stored. False when no published listing has the id.
 */
export async function recordProfileView(listingId: string, now: Date = new Date()): Promise<boolean> {
  const month = jakartaMonthStart(now);
  const count = await prisma.$executeRaw`
    INSERT INTO "ListingViewMonth" ("listingId", "month", "views")
    SELECT "id", ${month}::date, 1 FROM "Listing" WHERE "id" = ${listingId} AND "status" = 'PUBLISHED'
    ON CONFLICT ("listingId", "month") DO UPDATE SET "views" = "ListingViewMonth"."views" + 1`;
  return count > 0;
}
