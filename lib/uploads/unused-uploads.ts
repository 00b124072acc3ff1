import "server-only";
import { prisma } from "@/lib/db/client";

/** Of these file ids, those that are private uploads of this person not yet attached to anything. */
export async function findUnusedUploads(uploaderId: string, fileIds: string[]): Promise<string[]> {
  if (fileIds.length === 0) return [];
  const files = await prisma.storedFile.findMany({
    where: {
      id: { in: fileIds },
      uploadedById: uploaderId,
      visibility: "PRIVATE",
      logoOf: { is: null },
      coverOf: { is: null },
      photoOf: { is: null },
      evidenceOf: { is: null },
      proofOf: { is: null },
    },
    select: { id: true },
  });
  return files.map((file) => file.id);
}
