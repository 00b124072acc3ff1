import "server-only";
import crypto from "node:crypto";
import { prisma } from "@/lib/db/client";
import { assertStaff } from "@/lib/auth/assert-role";
import type { AuditActor } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListingKind, ListingStatus } from "@/lib/generated/prisma/enums";
import { toListingColumns } from "@/lib/listings/listing-content";
import type { ListingContent } from "@/lib/listings/schemas";
import {
  csvListingSelect,
  listingCsvColumns,
  readListingCsvRecord,
  toListingCsvRecord,
  type CsvRowProblem,
  type ListingCsvColumn,
  type ListingCsvRecord,
} from "./columns";
import { decodeUtf8, protectFormula, readListingCsv, type CsvFileError } from "./csv-text";
import { isXlsx, readXlsxRows, rowsToCsvText } from "@/lib/spreadsheets/read-rows";
import { listingSlugSchema, type ListingCsvStaffFields } from "./schemas";

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 5000;

export type ImportFileError = CsvFileError | { key: "fileTooLarge"; maxMegabytes: number } | { key: "xlsxUnreadable" };

/**
 * What a row would do: create a listing, update one (matched by slug, else by external id), nothing (the file
 * says what the listing already says), create a listing whose name looks like one that exists (only when the
 * staff member ticks "create anyway"), or nothing because the row is invalid.
 */
export type PlannedRowAction = "create" | "update" | "unchanged" | "duplicate" | "invalid";

export type SimilarEntry = { nameIndonesian: string; kind: ListingKind; slug: string | null; rowNumber: number | null };

export type PlannedRow = {
  rowNumber: number;
  action: PlannedRowAction;
  kind: ListingKind | null;
  name: string;
  /** The listing's slug (updates), the slug asked for (creates), or null when it will be made from the name. */
  slug: string | null;
  problems: CsvRowProblem[];
  changedColumns: ListingCsvColumn[];
  similar: SimilarEntry[];
};

export type ImportPlan =
  | {
      ok: true;
      /** Changes whenever the file or what it would do changes: the confirm step must match the dry run. */
      digest: string;
      fileHash: string;
      rows: PlannedRow[];
      counts: Record<PlannedRowAction, number>;
    }
  | { ok: false; error: ImportFileError };

const existingListingSelect = {
  ...csvListingSelect,
  version: true,
  publishedAt: true,
  archivedFromStatus: true,
  lastVerifiedById: true,
  logoFileId: true,
};

export type ExistingListing = Prisma.ListingGetPayload<{ select: typeof existingListingSelect }>;

/** What apply-import writes for a row that changes something. */
export type RowWrite = {
  rowNumber: number;
  kind: ListingKind;
  content: ListingContent;
  staff: ListingCsvStaffFields;
  requestedSlug: string | null;
  existing: ExistingListing | null;
  before: Partial<ListingCsvRecord>;
  after: Partial<ListingCsvRecord>;
};

const emptyRecord = Object.fromEntries(listingCsvColumns.map((column) => [column, ""])) as ListingCsvRecord;

/** The uploaded bytes as text, refusing files that are too large or not UTF-8. */
/**
 * The uploaded file as CSV text: a CSV as it is, or the first sheet of an .xlsx workbook written as CSV (each cell
 * guarded as an export guards it, so the reader's unguarding gives the cell back unchanged). Everything after
 * this — validation, dry run, the payload the confirm step carries — is the same for both.
 */
export async function readImportFile(
  bytes: Uint8Array,
): Promise<{ ok: true; text: string; format: "csv" | "xlsx" } | { ok: false; error: ImportFileError }> {
  if (bytes.byteLength > IMPORT_MAX_BYTES)
    return { ok: false, error: { key: "fileTooLarge", maxMegabytes: IMPORT_MAX_BYTES / 1024 / 1024 } };
  if (bytes.byteLength === 0) return { ok: false, error: { key: "empty" } };
  if (isXlsx(bytes)) {
    const read = await readXlsxRows(bytes);
    if (!read.ok) return { ok: false, error: { key: read.error } };
    if (read.rows.length === 0) return { ok: false, error: { key: "empty" } };
    return { ok: true, format: "xlsx", text: rowsToCsvText(read.rows.map((row) => row.map(protectFormula))) };
  }
  const text = decodeUtf8(bytes);
  return text === null ? { ok: false, error: { key: "notUtf8" } } : { ok: true, text, format: "csv" };
}

/** The dry run: what importing this CSV would do, row by row. Reads only; staff and admin only. */
export async function planListingImport(actor: AuditActor | null, text: string): Promise<ImportPlan> {
  assertStaff(actor);
  return (await buildImportPlan(prisma, text)).plan;
}

const sha256 = (value: string) => crypto.createHash("sha256").update(value).digest("hex");
const normalizeName = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * The plan for a file and the writes it implies, read through `db` (apply-import passes its transaction, so
 * the plan it carries out is the one computed inside it).
 */
export async function buildImportPlan(
  db: Prisma.TransactionClient,
  text: string,
): Promise<{ plan: ImportPlan; writes: RowWrite[] }> {
  if (Buffer.byteLength(text, "utf8") > IMPORT_MAX_BYTES)
    return {
      plan: { ok: false, error: { key: "fileTooLarge", maxMegabytes: IMPORT_MAX_BYTES / 1024 / 1024 } },
      writes: [],
    };
  const file = readListingCsv(text, { maxRows: IMPORT_MAX_ROWS });
  if (!file.ok) return { plan: { ok: false, error: file.error }, writes: [] };

  const subsectors = await db.subsector.findMany({ select: { id: true, slug: true, sortOrder: true } });
  const subsectorIdBySlug = new Map(subsectors.map((row) => [row.slug, row.id]));
  const subsectorById = new Map(subsectors.map((row) => [row.id, row]));

  const slugs = [...new Set(file.rows.map((row) => row.cells.slug?.trim() ?? "").filter(Boolean))];
  const externalIds = [...new Set(file.rows.map((row) => row.cells.external_id?.trim() ?? "").filter(Boolean))];
  const [existing, redirects] = await Promise.all([
    db.listing.findMany({
      where: { OR: [{ slug: { in: slugs } }, { externalId: { in: externalIds } }] },
      select: existingListingSelect,
    }),
    db.slugRedirect.findMany({ where: { oldSlug: { in: slugs } }, select: { oldSlug: true } }),
  ]);
  const bySlug = new Map(existing.map((listing) => [listing.slug, listing]));
  const byExternalId = new Map(existing.filter((row) => row.externalId).map((row) => [row.externalId!, row]));
  const reservedSlugs = new Set(redirects.map((row) => row.oldSlug));

  const rows: PlannedRow[] = [];
  const writes: RowWrite[] = [];
  const seenSlugs = new Map<string, number>();
  const seenExternalIds = new Map<string, number>();
  const seenNames = new Map<string, number>();
  const seenTargets = new Map<string, number>();
  const creates: { row: PlannedRow; name: string; kind: ListingKind }[] = [];

  for (const { rowNumber, cells } of file.rows) {
    const problems: CsvRowProblem[] = [];
    const slugCell = cells.slug?.trim() ?? "";
    const externalIdCell = cells.external_id?.trim() ?? "";

    for (const [value, seen, column] of [
      [slugCell, seenSlugs, "slug"],
      [externalIdCell, seenExternalIds, "external_id"],
    ] as const) {
      if (!value) continue;
      const earlier = seen.get(value);
      if (earlier !== undefined) problems.push({ column, key: "repeatedInFile", detail: String(earlier) });
      else seen.set(value, rowNumber);
    }

    const matchedBySlug = slugCell ? bySlug.get(slugCell) : undefined;
    const matchedByExternalId = externalIdCell ? byExternalId.get(externalIdCell) : undefined;
    const target = matchedBySlug ?? matchedByExternalId ?? null;
    if (matchedBySlug && matchedByExternalId && matchedByExternalId.id !== matchedBySlug.id)
      problems.push({ column: "external_id", key: "externalIdTaken", detail: matchedByExternalId.slug });
    if (!matchedBySlug && matchedByExternalId && slugCell)
      problems.push({ column: "slug", key: "slugMismatch", detail: matchedByExternalId.slug });
    if (target) {
      const earlier = seenTargets.get(target.id);
      const isReported = problems.some((problem) => problem.key === "repeatedInFile");
      if (earlier !== undefined && !isReported)
        problems.push({
          column: matchedBySlug ? "slug" : "external_id",
          key: "repeatedInFile",
          detail: String(earlier),
        });
      else seenTargets.set(target.id, rowNumber);
    }
    if (!target && slugCell) {
      if (!listingSlugSchema.safeParse(slugCell).success) problems.push({ column: "slug", key: "slugInvalid" });
      else if (reservedSlugs.has(slugCell)) problems.push({ column: "slug", key: "slugTaken" });
    }

    const currentRecord = target ? toListingCsvRecord(target) : null;
    const record: ListingCsvRecord = { ...(currentRecord ?? emptyRecord), ...cells };
    const read = readListingCsvRecord(record, subsectorIdBySlug, { defaultStatus: target?.status ?? "DRAFT" });
    if (read.ok && target && read.kind !== target.kind)
      problems.push({ column: "kind", key: "kindChangeNotAllowed", detail: target.kind });

    const row: PlannedRow = {
      rowNumber,
      action: "invalid",
      kind: read.ok ? read.kind : null,
      name: record.name_id.trim(),
      slug: target?.slug ?? (slugCell || null),
      problems: read.ok ? problems : [...problems, ...read.problems],
      changedColumns: [],
      similar: [],
    };
    rows.push(row);
    if (!read.ok || problems.length > 0) continue;

    const content = roundCoordinates(read.content);
    const after = renderRecord(read.kind, row.slug ?? "", content, read.staff, subsectorById);
    if (currentRecord) {
      const changed = listingCsvColumns.filter(
        (column) =>
          column !== "slug" && comparable(column, currentRecord[column]) !== comparable(column, after[column]),
      );
      row.changedColumns = changed;
      row.action = changed.length === 0 ? "unchanged" : "update";
      if (changed.length > 0)
        writes.push({
          rowNumber,
          kind: read.kind,
          content,
          staff: read.staff,
          requestedSlug: null,
          existing: target,
          before: pick(currentRecord, changed),
          after: pick(after, changed),
        });
      continue;
    }

    row.action = "create";
    const nameKey = `${read.kind}:${normalizeName(content.nameIndonesian)}`;
    const earlierRow = seenNames.get(nameKey);
    if (earlierRow !== undefined) {
      row.action = "duplicate";
      row.similar.push({ nameIndonesian: content.nameIndonesian, kind: read.kind, slug: null, rowNumber: earlierRow });
    } else seenNames.set(nameKey, rowNumber);
    creates.push({ row, name: content.nameIndonesian, kind: read.kind });
    writes.push({
      rowNumber,
      kind: read.kind,
      content,
      staff: read.staff,
      requestedSlug: slugCell || null,
      existing: null,
      before: {},
      after,
    });
  }

  const similar = await findSimilarByRow(db, creates);
  for (const { row } of creates) {
    const matches = similar.get(row.rowNumber) ?? [];
    if (matches.length === 0) continue;
    row.action = "duplicate";
    row.similar.push(...matches);
  }

  const counts: Record<PlannedRowAction, number> = { create: 0, update: 0, unchanged: 0, duplicate: 0, invalid: 0 };
  for (const row of rows) counts[row.action] += 1;
  const fileHash = sha256(text);
  const digest = sha256(
    JSON.stringify([fileHash, rows.map((row) => [row.rowNumber, row.action, row.slug, row.changedColumns])]),
  );
  return { plan: { ok: true, digest, fileHash, rows, counts }, writes };
}

// Decimal(9, 6) keeps six decimals: compare and write what will be stored.
function roundCoordinates(content: ListingContent): ListingContent {
  const round = (value: number | undefined) => (value === undefined ? undefined : Number(value.toFixed(6)));
  return { ...content, latitude: round(content.latitude), longitude: round(content.longitude) };
}

function renderRecord(
  kind: ListingKind,
  slug: string,
  content: ListingContent,
  staff: ListingCsvStaffFields,
  subsectorById: ReadonlyMap<string, { slug: string; sortOrder: number }>,
): ListingCsvRecord {
  const others = content.otherSubsectorIds
    .map((id) => subsectorById.get(id)!)
    .sort((a, b) => a.sortOrder - b.sortOrder);
  return toListingCsvRecord({
    ...toListingColumns(content),
    kind,
    slug,
    status: staff.status as ListingStatus,
    externalId: staff.externalId ?? null,
    primarySubsector: { slug: subsectorById.get(content.primarySubsectorId)!.slug },
    otherSubsectors: others.map((subsector) => ({ subsector })),
    isSample: staff.isSample,
    sourceName: staff.sourceName ?? null,
    sourceUrl: staff.sourceUrl ?? null,
    lastVerifiedAt: staff.lastVerifiedAt ?? null,
  });
}

// Lists and facts are compared as sets and objects, not as text: their order in the file carries no meaning.
function comparable(column: ListingCsvColumn, value: string): string {
  if (column === "other_subsectors") return value.split("|").sort().join("|");
  if (column === "facts" && value) {
    try {
      return canonicalJson(JSON.parse(value));
    } catch {
      return value;
    }
  }
  return value;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

function pick(record: ListingCsvRecord, columns: readonly ListingCsvColumn[]): Partial<ListingCsvRecord> {
  return Object.fromEntries(columns.map((column) => [column, record[column]]));
}

/**
 * Existing listings of the same kind with a similar name (pg_trgm, as find-similar-listings.ts does for one
 * name), for every new row in one query. Archived listings are left out.
 */
async function findSimilarByRow(
  db: Prisma.TransactionClient,
  creates: { row: PlannedRow; name: string; kind: ListingKind }[],
): Promise<Map<number, SimilarEntry[]>> {
  const byRow = new Map<number, SimilarEntry[]>();
  const candidates = creates.filter((create) => create.name.trim().length >= 3);
  if (candidates.length === 0) return byRow;
  const matches = await db.$queryRaw<{ rowNumber: number; nameIndonesian: string; kind: ListingKind; slug: string }[]>`
    SELECT c."rowNumber", l."nameId" AS "nameIndonesian", l."kind"::text AS "kind", l."slug"
    FROM unnest(${candidates.map((c) => c.row.rowNumber)}::int[], ${candidates.map((c) => c.name.trim())}::text[],
                ${candidates.map((c) => c.kind)}::text[], ${candidates.map((c) => `%${c.name.trim().replace(/[%_\\]/g, "\\$&")}%`)}::text[])
      AS c("rowNumber", "name", "kind", "pattern")
    CROSS JOIN LATERAL (
      SELECT t."nameId", t."kind", t."slug" FROM "Listing" t
      WHERE t."kind" = c."kind"::"ListingKind" AND t."status" <> 'ARCHIVED'
        AND ((t."nameId" % c."name" AND similarity(t."nameId", c."name") > 0.35) OR t."nameId" ILIKE c."pattern")
      ORDER BY similarity(t."nameId", c."name") DESC, t."nameId"
      LIMIT 3
    ) l
    ORDER BY c."rowNumber"`;
  for (const match of matches) {
    const list = byRow.get(match.rowNumber) ?? [];
    list.push({ nameIndonesian: match.nameIndonesian, kind: match.kind, slug: match.slug, rowNumber: null });
    byRow.set(match.rowNumber, list);
  }
  return byRow;
}
