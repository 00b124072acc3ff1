import "server-only";
import crypto from "node:crypto";
import { prisma } from "@/lib/db/client";
import { assertActiveStaff, assertStaff } from "@/lib/auth/assert-role";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  supportRecordSchema,
  type SupportFieldErrors,
  type SupportFormValues,
  type SupportRecordInput,
  type SupportRecordField,
} from "./schemas";
import { readSupportCsv, toSupportFormValues, type SupportFileError } from "./support-file";
import { fieldErrorsOf } from "@/lib/forms/form-state";

// The one writer of support records: by hand (one record) and by import (all rows or none). Both check the same
// schema, then resolve the listing, programme and person named by slug or email; anything unknown is an error
// on its field and nothing is written.

type ResolvedRecord = {
  listingId: string;
  programmeId: string;
  userId: string | null;
  input: SupportRecordInput;
};

type Resolution = { ok: true; record: ResolvedRecord } | { ok: false; fieldErrors: SupportFieldErrors };

type Lookups = {
  listings: Map<string, string>;
  programmes: Map<string, string>;
  people: Map<string, string>;
};

async function loadLookups(db: Prisma.TransactionClient, inputs: SupportRecordInput[]): Promise<Lookups> {
  const unique = (values: (string | undefined)[]) => [...new Set(values.filter((value): value is string => !!value))];
  const [listings, programmes, people] = await Promise.all([
    // Archived and rejected listings are not businesses the city supports; drafts may be (staff add them first).
    db.listing.findMany({
      where: {
        slug: { in: unique(inputs.map((input) => input.listing)) },
        status: { notIn: ["ARCHIVED", "REJECTED"] },
      },
      select: { id: true, slug: true },
    }),
    db.programme.findMany({
      where: { slug: { in: unique(inputs.map((input) => input.programme)) } },
      select: { id: true, slug: true },
    }),
    db.user.findMany({
      where: { email: { in: unique(inputs.map((input) => input.personEmail)) }, isDisabled: false },
      select: { id: true, email: true },
    }),
  ]);
  return {
    listings: new Map(listings.map((row) => [row.slug, row.id])),
    programmes: new Map(programmes.map((row) => [row.slug, row.id])),
    people: new Map(people.map((row) => [row.email.toLowerCase(), row.id])),
  };
}

function resolve(input: SupportRecordInput, lookups: Lookups): Resolution {
  const fieldErrors: SupportFieldErrors = {};
  const listingId = lookups.listings.get(input.listing);
  const programmeId = lookups.programmes.get(input.programme);
  const userId = input.personEmail ? lookups.people.get(input.personEmail) : undefined;
  if (!listingId) fieldErrors.listing = ["listingUnknown"];
  if (!programmeId) fieldErrors.programme = ["programmeUnknown"];
  if (input.personEmail && !userId) fieldErrors.personEmail = ["personUnknown"];
  if (!listingId || !programmeId || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, record: { listingId, programmeId, userId: userId ?? null, input } };
}

const toDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

async function writeRecord(tx: Prisma.TransactionClient, staff: AuditActor, record: ResolvedRecord, via: string) {
  const { input } = record;
  const created = await tx.supportRecord.create({
    data: {
      listingId: record.listingId,
      programmeId: record.programmeId,
      userId: record.userId,
      kind: input.kind,
      organiserName: input.organiser,
      startsOn: toDate(input.startsOn),
      endsOn: input.endsOn ? toDate(input.endsOn) : null,
      outcome: input.outcome ?? null,
      recordedById: staff.id,
    },
    select: { id: true },
  });
  await recordAudit(tx, staff, {
    action: "support.record",
    entityType: "SupportRecord",
    entityId: created.id,
    after: {
      via,
      listingId: record.listingId,
      programmeId: record.programmeId,
      userId: record.userId,
      kind: input.kind,
      organiserName: input.organiser,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
      outcome: input.outcome ?? null,
    },
  });
  return created.id;
}

export type RecordSupportResult =
  { ok: true; supportRecordId: string; listingId: string } | { ok: false; fieldErrors: SupportFieldErrors };

/** Staff record one support by hand. */
export async function recordSupport(staff: AuditActor | null, values: SupportFormValues): Promise<RecordSupportResult> {
  assertStaff(staff);
  const parsed = supportRecordSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf<SupportRecordField>(parsed.error) };
  return prisma.$transaction(async (tx): Promise<RecordSupportResult> => {
    await assertActiveStaff(tx, staff);
    const resolution = resolve(parsed.data, await loadLookups(tx, [parsed.data]));
    if (!resolution.ok) return resolution;
    const supportRecordId = await writeRecord(tx, staff, resolution.record, "form");
    return { ok: true, supportRecordId, listingId: resolution.record.listingId };
  });
}

// --- Import ----------------------------------------------------------------------------------------------------

export type SupportImportRow = {
  rowNumber: number;
  listing: string;
  programme: string;
  startsOn: string;
  fieldErrors: SupportFieldErrors;
};

export type SupportImportPlan =
  | { ok: true; digest: string; rows: SupportImportRow[]; valid: number; invalid: number }
  | { ok: false; error: SupportFileError };

async function buildSupportPlan(
  db: Prisma.TransactionClient,
  text: string,
): Promise<{ plan: SupportImportPlan; records: ResolvedRecord[] }> {
  const file = readSupportCsv(text);
  if (!file.ok) return { plan: file, records: [] };
  const parsed = file.rows.map((row) => ({
    row,
    result: supportRecordSchema.safeParse(toSupportFormValues(row.cells)),
  }));
  const lookups = await loadLookups(
    db,
    parsed.flatMap(({ result }) => (result.success ? [result.data] : [])),
  );
  const rows: SupportImportRow[] = [];
  const records: ResolvedRecord[] = [];
  for (const { row, result } of parsed) {
    const fieldErrors = result.success ? {} : fieldErrorsOf<SupportRecordField>(result.error);
    if (result.success) {
      const resolution = resolve(result.data, lookups);
      if (resolution.ok) records.push(resolution.record);
      else Object.assign(fieldErrors, resolution.fieldErrors);
    }
    rows.push({
      rowNumber: row.rowNumber,
      listing: (row.cells.listing ?? "").trim(),
      programme: (row.cells.programme ?? "").trim(),
      startsOn: (row.cells.starts_on ?? "").trim(),
      fieldErrors,
    });
  }
  const invalid = rows.filter((row) => Object.keys(row.fieldErrors).length > 0).length;
  const digest = crypto
    .createHash("sha256")
    .update(text)
    .update(JSON.stringify(records.map((record) => [record.listingId, record.programmeId, record.userId])))
    .digest("hex");
  return { plan: { ok: true, digest, rows, valid: rows.length - invalid, invalid }, records };
}

/** The dry run: what importing this file would record, row by row. Reads only. */
export async function planSupportImport(staff: AuditActor | null, text: string): Promise<SupportImportPlan> {
  assertStaff(staff);
  return (await buildSupportPlan(prisma, text)).plan;
}

export type ApplySupportImportResult =
  | { ok: true; created: number }
  | { ok: false; error: "fileInvalid" | "planChanged" | "empty"; plan: SupportImportPlan };

/**
 * Records every row of the file, or none: the plan is made again inside the transaction and must match the dry
 * run the staff member saw (its digest), and no row may be invalid.
 */
export async function applySupportImport(
  staff: AuditActor | null,
  text: string,
  digest: string,
): Promise<ApplySupportImportResult> {
  assertStaff(staff);
  return prisma.$transaction(
    async (tx): Promise<ApplySupportImportResult> => {
      await assertActiveStaff(tx, staff);
      const { plan, records } = await buildSupportPlan(tx, text);
      if (!plan.ok || plan.invalid > 0) return { ok: false, error: "fileInvalid", plan };
      if (plan.digest !== digest) return { ok: false, error: "planChanged", plan };
      if (records.length === 0) return { ok: false, error: "empty", plan };
      for (const record of records) await writeRecord(tx, staff, record, "import");
      return { ok: true, created: records.length };
    },
    { timeout: 60_000 },
  );
}
