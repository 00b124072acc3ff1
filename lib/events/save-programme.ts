import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { assertStaff } from "@/lib/auth/assert-role";
import { slugify } from "@/lib/listings/slugs";
import { programmeSchema, type ProgrammeFieldErrors, type ProgrammeInput } from "./schemas";

// Programmes (e.g. a Disporapar training programme of a given year) are managed data: staff create, edit and
// deactivate them; a deactivated programme keeps its events but is no longer offered for new ones.

export type ProgrammeChangeResult =
  | { ok: true; programmeId: string; slug: string }
  | { ok: false; reason: "notFound" | "conflict" | "invalid"; fieldErrors?: ProgrammeFieldErrors };

const programmeAuditSelect = {
  id: true,
  slug: true,
  nameIndonesian: true,
  nameEn: true,
  year: true,
  organiserName: true,
  descriptionIndonesian: true,
  descriptionEn: true,
  isActive: true,
  updatedAt: true,
} satisfies Prisma.ProgrammeSelect;

type ProgrammeRow = Prisma.ProgrammeGetPayload<{ select: typeof programmeAuditSelect }>;

function snapshot(row: ProgrammeRow): Prisma.InputJsonObject {
  return {
    slug: row.slug,
    nameIndonesian: row.nameIndonesian,
    nameEn: row.nameEn,
    year: row.year,
    organiserName: row.organiserName,
    descriptionIndonesian: row.descriptionIndonesian,
    descriptionEn: row.descriptionEn,
    isActive: row.isActive,
  };
}

async function createUniqueProgrammeSlug(tx: Prisma.TransactionClient, name: string, year: number) {
  const fromName = slugify(name) || "program";
  // Names usually carry the year already; otherwise it tells programmes of different years apart.
  const base = fromName.includes(String(year)) ? fromName : `${fromName}-${year}`;
  const taken = new Set(
    (await tx.programme.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
      (row) => row.slug,
    ),
  );
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}

function parse(input: ProgrammeInput) {
  const parsed = programmeSchema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data } as const;
  return {
    ok: false,
    refusal: { ok: false, reason: "invalid", fieldErrors: z.flattenError(parsed.error).fieldErrors } as const,
  } as const;
}

function columnsOf(data: z.output<typeof programmeSchema>) {
  return {
    nameIndonesian: data.nameIndonesian,
    nameEn: data.nameEn,
    year: data.year,
    organiserName: data.organiserName,
    descriptionIndonesian: data.descriptionIndonesian ?? null,
    descriptionEn: data.descriptionEn ?? null,
  };
}

export async function createProgramme(staff: AuditActor, input: ProgrammeInput): Promise<ProgrammeChangeResult> {
  assertStaff(staff);
  const parsed = parse(input);
  if (!parsed.ok) return parsed.refusal;
  const data = parsed.data;
  return prisma.$transaction(async (tx): Promise<ProgrammeChangeResult> => {
    const programme = await tx.programme.create({
      data: { ...columnsOf(data), slug: await createUniqueProgrammeSlug(tx, data.nameIndonesian, data.year) },
      select: programmeAuditSelect,
    });
    await recordAudit(tx, staff, {
      action: "programme.create",
      entityType: "Programme",
      entityId: programme.id,
      after: snapshot(programme),
    });
    return { ok: true, programmeId: programme.id, slug: programme.slug };
  });
}

/**
 * Staff edit a programme; `expectedUpdatedAt` is the row's updatedAt as the form showed it, so a save made in
 * between is not overwritten (conflict). The slug stays, so filter links keep working.
 */
export async function updateProgramme(
  staff: AuditActor,
  programmeId: string,
  input: ProgrammeInput,
  expectedUpdatedAt: Date,
): Promise<ProgrammeChangeResult> {
  assertStaff(staff);
  const parsed = parse(input);
  if (!parsed.ok) return parsed.refusal;
  const data = parsed.data;
  return prisma.$transaction(async (tx): Promise<ProgrammeChangeResult> => {
    const before = await tx.programme.findUnique({ where: { id: programmeId }, select: programmeAuditSelect });
    if (!before) return { ok: false, reason: "notFound" };
    const { count } = await tx.programme.updateMany({
      where: { id: programmeId, updatedAt: expectedUpdatedAt },
      data: columnsOf(data),
    });
    if (count !== 1) return { ok: false, reason: "conflict" };
    const after = await tx.programme.findUniqueOrThrow({ where: { id: programmeId }, select: programmeAuditSelect });
    await recordAudit(tx, staff, {
      action: "programme.update",
      entityType: "Programme",
      entityId: programmeId,
      before: snapshot(before),
      after: snapshot(after),
    });
    return { ok: true, programmeId, slug: after.slug };
  });
}

/** Deactivates (or reactivates) a programme. */
export async function setProgrammeActive(
  staff: AuditActor,
  programmeId: string,
  isActive: boolean,
): Promise<ProgrammeChangeResult> {
  assertStaff(staff);
  return prisma.$transaction(async (tx): Promise<ProgrammeChangeResult> => {
    const { count } = await tx.programme.updateMany({
      where: { id: programmeId, isActive: !isActive },
      data: { isActive },
    });
    const programme = await tx.programme.findUnique({ where: { id: programmeId }, select: { slug: true } });
    if (!programme) return { ok: false, reason: "notFound" };
    // Already in the asked state: nothing to record.
    if (count === 1) {
      await recordAudit(tx, staff, {
        action: isActive ? "programme.activate" : "programme.deactivate",
        entityType: "Programme",
        entityId: programmeId,
        before: { isActive: !isActive },
        after: { isActive },
      });
    }
    return { ok: true, programmeId, slug: programme.slug };
  });
}
