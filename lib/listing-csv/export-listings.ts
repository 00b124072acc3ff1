import "server-only";
import { prisma } from "@/lib/db/client";
import { assertStaff } from "@/lib/auth/assert-role";
import type { AuditActor } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseAdminListingFilters, type AdminListingFilters } from "@/lib/admin-listings/filters";
import { validCertificationWhere } from "@/lib/certifications/validity";
import { todayInJakarta } from "@/lib/dates";
import { remindedListingWhere, staleListingWhere } from "@/lib/freshness/freshness-rules";
import { csvListingSelect, listingCsvColumns, toListingCsvRecord } from "./columns";
import { stringifyListingCsv, UTF8_BOM } from "./csv-text";

export const EXPORT_BATCH_SIZE = 1000;

type SearchParams = Record<string, string | string[] | undefined>;

/** The admin listing table's filters (lib/admin-listings/filters.ts), read the same way the table reads them. */
export async function readListingExportFilters(params: SearchParams): Promise<AdminListingFilters> {
  const subsectors = await prisma.subsector.findMany({ select: { slug: true } });
  return parseAdminListingFilters(params, { subsectorSlugs: subsectors.map((row) => row.slug) });
}

// The same conditions as the admin listing table, so "export the current filter" exports what the table lists.
export function listingExportWhere(filters: AdminListingFilters, now: Date): Prisma.ListingWhereInput {
  const conditions: Prisma.ListingWhereInput[] = [];
  if (filters.q) {
    conditions.push({
      OR: [
        { nameIndonesian: { contains: filters.q, mode: "insensitive" } },
        { nameEn: { contains: filters.q, mode: "insensitive" } },
        { slug: { contains: filters.q.toLowerCase() } },
        { externalId: filters.q },
      ],
    });
  }
  if (filters.kind) conditions.push({ kind: filters.kind });
  if (filters.subsectorSlug) {
    const slug = filters.subsectorSlug;
    conditions.push({ OR: [{ primarySubsector: { slug } }, { otherSubsectors: { some: { subsector: { slug } } } }] });
  }
  if (filters.kecamatan) conditions.push({ kecamatan: filters.kecamatan });
  if (filters.status) conditions.push({ status: filters.status });
  if (filters.isCertifiedOnly)
    conditions.push({ certifications: { some: validCertificationWhere(todayInJakarta(now)) } });
  if (filters.isStaleOnly) conditions.push(staleListingWhere(now));
  if (filters.isRemindedOnly) conditions.push(remindedListingWhere());
  if (filters.sample) conditions.push({ isSample: filters.sample === "only" });
  return { AND: conditions };
}

/**
 * The CSV text of the matching listings in batches (keyset pagination by id), so a large export never holds
 * every listing in memory: the header row first, then one chunk per batch. Staff and admin only.
 */
export async function* generateListingCsv(
  actor: AuditActor | null,
  filters: AdminListingFilters,
  options: { now?: Date; batchSize?: number } = {},
): AsyncGenerator<string> {
  assertStaff(actor);
  const where = listingExportWhere(filters, options.now ?? new Date());
  const batchSize = options.batchSize ?? EXPORT_BATCH_SIZE;
  yield UTF8_BOM + stringifyListingCsv([], { header: true });
  let after: string | null = null;
  for (;;) {
    const batch: Prisma.ListingGetPayload<{ select: typeof csvListingSelect }>[] = await prisma.listing.findMany({
      where: after ? { AND: [where, { id: { gt: after } }] } : where,
      orderBy: { id: "asc" },
      take: batchSize,
      select: csvListingSelect,
    });
    if (batch.length === 0) return;
    yield stringifyListingCsv(batch.map(toListingCsvRecord), { header: false });
    if (batch.length < batchSize) return;
    after = batch[batch.length - 1]!.id;
  }
}

/**
 * The same rows as the CSV export, header first, for an .xlsx download. A workbook is written whole, so the rows
 * are gathered in memory (read in the same batches). Staff and admin only.
 */
export async function collectListingRows(actor: AuditActor | null, filters: AdminListingFilters): Promise<string[][]> {
  assertStaff(actor);
  const where = listingExportWhere(filters, new Date());
  const rows: string[][] = [[...listingCsvColumns]];
  let after: string | null = null;
  for (;;) {
    const batch: Prisma.ListingGetPayload<{ select: typeof csvListingSelect }>[] = await prisma.listing.findMany({
      where: after ? { AND: [where, { id: { gt: after } }] } : where,
      orderBy: { id: "asc" },
      take: EXPORT_BATCH_SIZE,
      select: csvListingSelect,
    });
    for (const record of batch.map(toListingCsvRecord)) rows.push(listingCsvColumns.map((column) => record[column]));
    if (batch.length < EXPORT_BATCH_SIZE) return rows;
    after = batch[batch.length - 1]!.id;
  }
}

/** The CSV as a byte stream that reads the next batch only when the client is ready for it. */
export function streamListingCsv(actor: AuditActor | null, filters: AdminListingFilters): ReadableStream<Uint8Array> {
  assertStaff(actor);
  const chunks = generateListingCsv(actor, filters);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
