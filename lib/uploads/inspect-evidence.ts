import { getEnv } from "@/lib/env";
import { detectFileType } from "./file-signature";
import { inspectImage } from "./inspect-image";
import type { InspectResult } from "./upload-errors";

export type InspectEvidenceOptions = {
  /** Defaults to UPLOAD_MAX_BYTES. */
  maxBytes?: number;
};

/**
 * Private proof files (claim proofs, certification evidence): a PDF, kept byte for byte (it is only ever served
 * as a sandboxed download), or a photo or scan, re-encoded like any image.
 */
export async function inspectEvidence(bytes: Uint8Array, options: InspectEvidenceOptions = {}): Promise<InspectResult> {
  const maxBytes = options.maxBytes ?? getEnv().UPLOAD_MAX_BYTES;
  if (bytes.length === 0) return { ok: false, error: "fileEmpty" };
  if (bytes.length > maxBytes) return { ok: false, error: "fileTooLarge" };
  if (detectFileType(bytes) === "pdf") {
    return {
      ok: true,
      file: {
        bytes: Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes),
        contentType: "application/pdf",
        width: null,
        height: null,
      },
    };
  }
  return inspectImage(bytes, { purpose: "photo", maxBytes });
}
