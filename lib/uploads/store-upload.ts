import "server-only";
import { prisma } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getFileStorage } from "@/lib/storage/file-storage";
import { createStorageKey } from "@/lib/storage/storage-key";
import { inspectEvidence } from "./inspect-evidence";
import { inspectImage, type ImagePurpose } from "./inspect-image";
import type { InspectResult, UploadError } from "./upload-errors";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";

/** Uploads (each decoded, at most MAX_INPUT_PIXELS) one person may send per hour. */
export const UPLOAD_BUDGET = { bucket: "upload:user", limit: 60, windowMs: 60 * 60 * 1000 } as const;

export type StoreUploadResult = { ok: true; fileId: string } | { ok: false; error: UploadError };

/**
 * The file of a form's file input, or null when none was chosen: browsers then still send a part, with an
 * empty name and no bytes.
 */
export function readFileFromForm(formData: FormData, name: string): File | null {
  const value = formData.get(name);
  if (!(value instanceof File)) return null;
  // Browsers send an unchosen file input as an empty part; depending on the path it arrives nameless or named
  // "blob"/"undefined". An empty file the person did choose keeps its own name and is refused as empty later.
  if (value.size === 0 && (value.name === "" || value.name === "blob" || value.name === "undefined")) return null;
  return value;
}

/** A logo, cover or photo: validated, re-encoded to WebP, stored PRIVATE until the change using it is approved. */
export async function storeImageUpload(
  file: File | Blob,
  options: { purpose: ImagePurpose; uploaderId: string },
): Promise<StoreUploadResult> {
  return storeUpload(file, options.uploaderId, (bytes) => inspectImage(bytes, { purpose: options.purpose }));
}

/** A claim proof or certification evidence (PDF or image); always PRIVATE. */
export async function storeEvidenceUpload(
  file: File | Blob,
  options: { uploaderId: string },
): Promise<StoreUploadResult> {
  return storeUpload(file, options.uploaderId, (bytes) => inspectEvidence(bytes));
}

async function storeUpload(
  file: File | Blob,
  uploaderId: string,
  inspect: (bytes: Buffer) => Promise<InspectResult>,
): Promise<StoreUploadResult> {
  // Checked before reading, so an oversized upload is not copied into memory again.
  if (file.size === 0) return { ok: false, error: "fileEmpty" };
  if (file.size > getEnv().UPLOAD_MAX_BYTES) return { ok: false, error: "fileTooLarge" };
  // Each upload is decoded (and an image re-encoded): a per-person allowance keeps one account from spending
  // everyone's CPU. Counted before decoding, so refused files count too.
  const budget = await consumeRateLimit({ ...UPLOAD_BUDGET, key: uploaderId });
  if (!budget.isAllowed) return { ok: false, error: "uploadBudget" };
  const inspected = await inspect(Buffer.from(await file.arrayBuffer()));
  if (!inspected.ok) return inspected;

  const { bytes, contentType, width, height } = inspected.file;
  const storage = getFileStorage();
  const storageKey = createStorageKey();
  try {
    await storage.put(storageKey, bytes, contentType);
  } catch (error) {
    // A full disk, a read-only folder or an unreachable object store: the person gets a clear answer and the
    // form back, the log gets the cause. The drivers leave no partial bytes and no row was written.
    console.error(`[uploads] could not store an upload: ${(error as Error).message}`);
    return { ok: false, error: "storageUnavailable" };
  }
  try {
    const row = await prisma.storedFile.create({
      data: {
        visibility: "PRIVATE",
        storageKey,
        contentType,
        byteSize: bytes.length,
        width,
        height,
        uploadedById: uploaderId,
      },
      select: { id: true },
    });
    return { ok: true, fileId: row.id };
  } catch (error) {
    // No row, so no bytes either: nothing is left half-written.
    await storage.remove(storageKey).catch(() => {});
    throw error;
  }
}

/** For the approval step, inside its transaction: the approved logo or photo becomes publicly readable. */
export async function publishStoredFile(tx: Prisma.TransactionClient, fileId: string): Promise<void> {
  await tx.storedFile.update({ where: { id: fileId }, data: { visibility: "PUBLIC" } });
}

/**
 * For a change that replaces a public logo or removes a public photo, inside its transaction: the file it no longer
 * shows stops being public (staff can still open it from the history), so an old address does not keep serving it.
 */
export async function withdrawStoredFile(tx: Prisma.TransactionClient, fileId: string): Promise<void> {
  await tx.storedFile.updateMany({ where: { id: fileId, visibility: "PUBLIC" }, data: { visibility: "PRIVATE" } });
}

/**
 * Deletes an upload that ended up unused (the action that was to use it failed afterwards), row and bytes. A file
 * that is public or already attached to a listing, photo, certification or claim is left alone.
 */
export async function discardStoredFile(fileId: string): Promise<void> {
  const file = await prisma.storedFile.findUnique({ where: { id: fileId }, select: { storageKey: true } });
  if (!file) return;
  const { count } = await prisma.storedFile.deleteMany({
    where: {
      id: fileId,
      visibility: "PRIVATE",
      logoOf: { is: null },
      coverOf: { is: null },
      photoOf: { is: null },
      evidenceOf: { is: null },
      proofOf: { is: null },
    },
  });
  if (count === 1) await getFileStorage().remove(file.storageKey);
}
