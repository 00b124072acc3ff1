/** Why an upload was refused; each is an i18n key (namespace "Uploads.errors"). */
export type UploadError =
  | "fileEmpty"
  | "fileTooLarge"
  | "fileTypeNotAllowed"
  | "fileCorrupt"
  | "imageTooLarge"
  /** The bytes could not be written (disk full, read-only folder, object store unreachable); nothing was kept. */
  | "storageUnavailable"
  /** The uploader used up the hour's allowance of uploads (each one is decoded: CPU for everyone). */
  | "uploadBudget";

/** Bytes ready to store, with what the StoredFile row records about them. */
export type InspectedFile = { bytes: Buffer; contentType: string; width: number | null; height: number | null };

export type InspectResult = { ok: true; file: InspectedFile } | { ok: false; error: UploadError };
