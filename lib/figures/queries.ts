import "server-only";
import { prisma } from "@/lib/db/client";
import { toHttpUrl } from "@/lib/listings/queries";

export async function listHeadlineFigures() {
  const figures = await prisma.figure.findMany({
    where: { isHeadline: true, retiredAt: null },
    orderBy: [{ sortOrder: "asc" }, { key: "asc" }],
    select: {
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
      sourceName: true,
      sourceUrl: true,
    },
  });
  return figures.map((figure) => ({
    ...figure,
    valueMin: figure.valueMin.toNumber(),
    valueMax: figure.valueMax?.toNumber() ?? null,
  }));
}

export type HeadlineFigure = Awaited<ReturnType<typeof listHeadlineFigures>>[number];

/** Every figure in use (not retired), as its source states it, with period, source and method, for /statistik. */
export async function listCityFigures() {
  const figures = await prisma.figure.findMany({
    where: { retiredAt: null },
    orderBy: [{ sortOrder: "asc" }, { key: "asc" }],
    select: {
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
      sourceName: true,
      sourceUrl: true,
      methodIndonesian: true,
      methodEn: true,
      publishedOn: true,
    },
  });
  return figures.map((figure) => ({
    ...figure,
    valueMin: figure.valueMin.toNumber(),
    valueMax: figure.valueMax?.toNumber() ?? null,
    sourceUrl: toHttpUrl(figure.sourceUrl),
  }));
}

export type CityFigure = Awaited<ReturnType<typeof listCityFigures>>[number];
