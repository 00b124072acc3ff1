import "server-only";
import path from "node:path";
import { getEnv, getS3Configuration } from "@/lib/env";
import { createLocalFileStorage } from "./local-file-storage";
import { createS3FileStorage } from "./s3-file-storage";

/**
 * Where uploaded bytes live. Kept narrow so another driver (S3) can sit behind it; what a file is, who may read
 * it and its content type for serving are in the StoredFile row, not here. Keys come from createStorageKey().
 */
export interface FileStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The stored bytes, or null when nothing is stored under the key. */
  read(key: string): Promise<Buffer | null>;
  /** Removes the bytes; removing a missing key is not an error. */
  remove(key: string): Promise<void>;
}

let objectStorage: FileStorage | undefined;

/** S3-compatible object storage when configured (several machines), otherwise the local UPLOAD_DIR folder. */
export function getFileStorage(): FileStorage {
  const s3 = getS3Configuration();
  // One client per process: it keeps its connections to the object store open between requests.
  if (s3) return (objectStorage ??= createS3FileStorage(s3));
  // Chosen at run time: the bundler must not trace (and ship) the folder's contents.
  return createLocalFileStorage(path.resolve(/*turbopackIgnore: true*/ process.cwd(), getEnv().UPLOAD_DIR));
}
