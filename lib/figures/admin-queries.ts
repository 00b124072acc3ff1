import "server-only";
import type { AuditActor } from "@/lib/audit/record-audit";
import { assertStaff } from "@/lib/auth/assert-role";
import { prisma } from "@/lib/db/client";
import { dateColumnToIsoDate } from "@/lib/dates";

// For staff pages only (each refuses anyone who is not staff): every figure, retired ones included.

export async function listFiguresForStaff(actor: AuditActor | null) {
  assertStaff(actor);
  const figures = await prisma.figure.findMany({
    orderBy: [{ retiredAt: { sort: "desc", nulls: "first" } }, { sortOrder: "asc" }, { key: "asc" }],
    select: {
      id: true,
      key: true,
      labelIndonesian: true,
      labelEn: true,
      qualifier: true,
      valueMin: true,
      valueMax: true,
      unit: true,
      periodLabelIndonesian: true,
      sourceName: true,
      isHeadline: true,
      retiredAt: true,
    },
  });
  return figures.map((figure) => ({
    ...figure,
    valueMin: figure.valueMin.toNumber(),
    valueMax: figure.valueMax?.toNumber() ?? null,
  }));
}

/** A figure as the edit form shows it: every field as the text the form sends back. */
export async function getFigureForStaff(actor: AuditActor | null, id: string) {
  assertStaff(actor);
  const figure = await prisma.figure.findUnique({ where: { id } });
  if (!figure) return null;
  return {
    id: figure.id,
    retiredAt: figure.retiredAt,
    updatedAt: figure.updatedAt,
    values: {
      key: figure.key,
      labelIndonesian: figure.labelIndonesian,
      labelEn: figure.labelEn,
      qualifier: figure.qualifier,
      valueMin: figure.valueMin.toString(),
      valueMax: figure.valueMax?.toString() ?? "",
      unit: figure.unit,
      noteIndonesian: figure.noteIndonesian ?? "",
      noteEn: figure.noteEn ?? "",
      periodLabelIndonesian: figure.periodLabelIndonesian,
      periodLabelEn: figure.periodLabelEn ?? "",
      periodStart: dateColumnToIsoDate(figure.periodStart),
      periodEnd: dateColumnToIsoDate(figure.periodEnd),
      sourceName: figure.sourceName,
      sourceUrl: figure.sourceUrl ?? "",
      methodIndonesian: figure.methodIndonesian ?? "",
      methodEn: figure.methodEn ?? "",
      publishedOn: figure.publishedOn ? dateColumnToIsoDate(figure.publishedOn) : "",
      isHeadline: figure.isHeadline ? "on" : "",
      sortOrder: String(figure.sortOrder),
    },
  };
}

export type StaffFigure = NonNullable<Awaited<ReturnType<typeof getFigureForStaff>>>;
