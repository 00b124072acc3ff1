import "server-only";
import { prisma } from "@/lib/db/client";
import { isStaffRole } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FileVisibility, UserRole } from "@/lib/generated/prisma/enums";

export type FileViewer = { id: string; role: UserRole } | null;

export type ReadableStoredFile = {
  id: string;
  storageKey: string;
  contentType: string;
  byteSize: number;
  visibility: FileVisibility;
};

/**
 * Who may read a private file besides staff: its uploader, the managers of the listing it belongs to (logo, cover,
 * photo, certification evidence) and the claimant for a claim proof. A claim proof is not shown to the listing's
 * managers.
 */
function privateReaders(viewerId: string): Prisma.StoredFileWhereInput[] {
  const managedByViewer = { managers: { some: { userId: viewerId } } } satisfies Prisma.ListingWhereInput;
  return [
    { uploadedById: viewerId },
    { logoOf: { is: managedByViewer } },
    { coverOf: { is: managedByViewer } },
    { photoOf: { is: { listing: managedByViewer } } },
    { evidenceOf: { is: { listing: managedByViewer } } },
    { proofOf: { is: { userId: viewerId } } },
  ];
}

/**
 * The file if this viewer may read it, else null — the same answer for a missing file and a forbidden one, so
 * the caller cannot reveal that a private file exists. Public files are readable by anyone.
 */
export async function findReadableStoredFile(viewer: FileViewer, fileId: string): Promise<ReadableStoredFile | null> {
  let where: Prisma.StoredFileWhereInput;
  if (viewer && isStaffRole(viewer.role)) where = { id: fileId };
  else if (viewer) where = { id: fileId, OR: [{ visibility: "PUBLIC" }, ...privateReaders(viewer.id)] };
  else where = { id: fileId, visibility: "PUBLIC" };
  const select = { id: true, storageKey: true, contentType: true, byteSize: true, visibility: true } as const;
  const file = await prisma.storedFile.findFirst({ where, select });
  if (file || !viewer || isStaffRole(viewer.role)) return file;
  // A logo or cover proposed in a revision is not linked to the listing until approved; the listing's other
  // managers still see it in the proposal.
  const proposedBy = await prisma.listingRevision.findFirst({
    where: {
      OR: [
        { changes: { path: ["logoFileId"], equals: fileId } },
        { changes: { path: ["coverFileId"], equals: fileId } },
      ],
      listing: { managers: { some: { userId: viewer.id } } },
    },
    select: { id: true },
  });
  return proposedBy ? prisma.storedFile.findUnique({ where: { id: fileId }, select }) : null;
}

export async function canReadStoredFile(viewer: FileViewer, fileId: string): Promise<boolean> {
  return (await findReadableStoredFile(viewer, fileId)) !== null;
}
