import "server-only";
import { prisma } from "@/lib/db/client";

export async function listHeadlineFigures() {
  const figures = await prisma.figure.findMany({
    where: { isHeadline: true, retiredAt: null },
    orderBy: [{ sortOrder: "asc" }, { key: "asc" }],
    select: {
      key: true,
      labelId: true,
      labelEn: true,
      qualifier: true,
      valueMin: true,
      valueMax: true,
      unit: true,
      noteId: true,
      noteEn: true,
      periodLabel: true,
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
