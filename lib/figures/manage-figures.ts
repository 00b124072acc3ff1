import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { assertStaff } from "@/lib/auth/assert-role";
import { Prisma } from "@/lib/generated/prisma/client";
import { dateColumnToIsoDate } from "@/lib/dates";
import {
  expectedUpdatedAtSchema,
  figureSchema,
  type FigureData,
  type FigureField,
  type FigureFieldErrors,
} from "./schemas";

/** The form's fields as text, exactly as posted. */
export type FigureFormValues = Partial<Record<FigureField, string>>;

// Staff create, edit, retire and restore city figures. Each change and its audit entry commit together; edits
// carry the updatedAt the form was opened with, so two staff members cannot silently overwrite each other.

export type FigureChangeResult =
  | { ok: true; figureId: string }
  | { ok: false; reason: "notFound" | "conflict" | "invalid"; fieldErrors?: FigureFieldErrors };

const refuse = (
  reason: Extract<FigureChangeResult, { ok: false }>["reason"],
  fieldErrors?: FigureFieldErrors,
): FigureChangeResult => ({ ok: false, reason, fieldErrors });

const asDateColumn = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

const auditedSelect = {
  id: true,
  key: true,
  labelIndonesian: true,
  labelEn: true,
  qualifier: true,
  valueMin: true,
  valueMax: true,
  unit: true,
  noteIndonesian: true,
  noteEn: true,
  periodLabelIndonesian: true,
  periodLabelEn: true,
  periodStart: true,
  periodEnd: true,
  sourceName: true,
  sourceUrl: true,
  methodIndonesian: true,
  methodEn: true,
  publishedOn: true,
  isHeadline: true,
  sortOrder: true,
  retiredAt: true,
  updatedAt: true,
} satisfies Prisma.FigureSelect;

type AuditedFigure = Prisma.FigureGetPayload<{ select: typeof auditedSelect }>;

/** The figure as the audit log keeps it: decimals as text (exact), dates as calendar days. */
function toAuditJson(figure: AuditedFigure): Prisma.InputJsonValue {
  return {
    key: figure.key,
    labelIndonesian: figure.labelIndonesian,
    labelEn: figure.labelEn,
    qualifier: figure.qualifier,
    valueMin: figure.valueMin.toString(),
    valueMax: figure.valueMax?.toString() ?? null,
    unit: figure.unit,
    noteIndonesian: figure.noteIndonesian,
    noteEn: figure.noteEn,
    periodLabelIndonesian: figure.periodLabelIndonesian,
    periodLabelEn: figure.periodLabelEn,
    periodStart: dateColumnToIsoDate(figure.periodStart),
    periodEnd: dateColumnToIsoDate(figure.periodEnd),
    sourceName: figure.sourceName,
    sourceUrl: figure.sourceUrl,
    methodIndonesian: figure.methodIndonesian,
    methodEn: figure.methodEn,
    publishedOn: figure.publishedOn ? dateColumnToIsoDate(figure.publishedOn) : null,
    isHeadline: figure.isHeadline,
    sortOrder: figure.sortOrder,
    retiredAt: figure.retiredAt?.toISOString() ?? null,
  };
}

function toColumns(data: FigureData) {
  return {
    ...data,
    periodStart: asDateColumn(data.periodStart),
    periodEnd: asDateColumn(data.periodEnd),
    publishedOn: data.publishedOn ? asDateColumn(data.publishedOn) : null,
  };
}

function parseFigure(
  input: FigureFormValues,
): { ok: true; data: FigureData } | { ok: false; result: FigureChangeResult } {
  const parsed = figureSchema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, result: refuse("invalid", z.flattenError(parsed.error).fieldErrors) };
}

const isKeyTaken = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

export async function createFigure(actor: AuditActor, input: FigureFormValues): Promise<FigureChangeResult> {
  assertStaff(actor);
  const parsed = parseFigure(input);
  if (!parsed.ok) return parsed.result;
  try {
    return await prisma.$transaction(async (tx) => {
      const figure = await tx.figure.create({ data: toColumns(parsed.data), select: auditedSelect });
      await recordAudit(tx, actor, {
        action: "figure.create",
        entityType: "Figure",
        entityId: figure.id,
        after: toAuditJson(figure),
      });
      return { ok: true as const, figureId: figure.id };
    });
  } catch (error) {
    if (isKeyTaken(error)) return refuse("invalid", { key: ["keyTaken"] });
    throw error;
  }
}

export async function updateFigure(
  actor: AuditActor,
  figureId: string,
  input: FigureFormValues & { expectedUpdatedAt?: string },
): Promise<FigureChangeResult> {
  assertStaff(actor);
  const { expectedUpdatedAt, ...fields } = input;
  const expected = expectedUpdatedAtSchema.safeParse(expectedUpdatedAt);
  if (!expected.success) return refuse("conflict");
  const parsed = parseFigure(fields);
  if (!parsed.ok) return parsed.result;
  try {
    return await prisma.$transaction(async (tx): Promise<FigureChangeResult> => {
      const current = await tx.figure.findUnique({ where: { id: figureId }, select: auditedSelect });
      if (!current) return refuse("notFound");
      if (current.updatedAt.getTime() !== expected.data.getTime()) return refuse("conflict");
      const { count } = await tx.figure.updateMany({
        where: { id: figureId, updatedAt: current.updatedAt },
        data: toColumns(parsed.data),
      });
      if (count !== 1) return refuse("conflict");
      const updated = await tx.figure.findUniqueOrThrow({ where: { id: figureId }, select: auditedSelect });
      await recordAudit(tx, actor, {
        action: "figure.update",
        entityType: "Figure",
        entityId: figureId,
        before: toAuditJson(current),
        after: toAuditJson(updated),
      });
      return { ok: true, figureId };
    });
  } catch (error) {
    if (isKeyTaken(error)) return refuse("invalid", { key: ["keyTaken"] });
    throw error;
  }
}

/**
 * Retires a figure (it leaves the home page and /statistik but stays on record) or restores it.
 * Retiring twice, or restoring a figure in use, changes nothing and writes no audit entry.
 */
export async function setFigureRetired(
  actor: AuditActor,
  figureId: string,
  isRetired: boolean,
  now: Date = new Date(),
): Promise<FigureChangeResult> {
  assertStaff(actor);
  return prisma.$transaction(async (tx): Promise<FigureChangeResult> => {
    const current = await tx.figure.findUnique({ where: { id: figureId }, select: auditedSelect });
    if (!current) return refuse("notFound");
    if ((current.retiredAt !== null) === isRetired) return { ok: true, figureId };
    const updated = await tx.figure.update({
      where: { id: figureId },
      data: { retiredAt: isRetired ? now : null },
      select: auditedSelect,
    });
    await recordAudit(tx, actor, {
      action: isRetired ? "figure.retire" : "figure.restore",
      entityType: "Figure",
      entityId: figureId,
      before: { retiredAt: current.retiredAt?.toISOString() ?? null },
      after: { retiredAt: updated.retiredAt?.toISOString() ?? null },
    });
    return { ok: true, figureId };
  });
}
