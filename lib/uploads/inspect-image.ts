import sharp, { type Metadata } from "sharp";
import { getEnv } from "@/lib/env";
import { detectFileType } from "./file-signature";
import type { InspectResult } from "./upload-errors";

export type ImagePurpose = "logo" | "photo" | "cover";

/**
 * Decoding cost grows with pixels, not bytes: a small PNG can declare a huge canvas, and a 40 MP photo cost 2.3 s
 * of CPU. 25 MP covers a phone's photos (12 MP, 24 MP modes); the header is read before any decoding.
 */
export const MAX_INPUT_PIXELS = 25_000_000;

// Photos are bounded in height too, so a long strip cannot exceed what WebP can hold (16383 px a side).
const OUTPUT_BOX: Record<ImagePurpose, { width: number; height: number }> = {
  logo: { width: 512, height: 512 },
  photo: { width: 1600, height: 4000 },
  // A banner: wide enough for a laptop's full width at 1×, shown cropped to a fixed ratio (docs/decisions/026).
  cover: { width: 1600, height: 1600 },
};

const ACCEPTED_FORMATS = new Set(["png", "jpeg", "webp"]);

export type InspectImageOptions = {
  purpose: ImagePurpose;
  /** Defaults to UPLOAD_MAX_BYTES. */
  maxBytes?: number;
  maxInputPixels?: number;
};

/**
 * Accepts a PNG, JPEG or WebP (recognised by its bytes) and returns it re-encoded as WebP: turned upright,
 * scaled down to fit the purpose, without metadata (EXIF with GPS position, camera, comments). Re-encoding
 * also means nothing but decoded pixels from the upload is ever served.
 */
export async function inspectImage(bytes: Uint8Array, options: InspectImageOptions): Promise<InspectResult> {
  const maxBytes = options.maxBytes ?? getEnv().UPLOAD_MAX_BYTES;
  const maxInputPixels = options.maxInputPixels ?? MAX_INPUT_PIXELS;
  if (bytes.length === 0) return { ok: false, error: "fileEmpty" };
  if (bytes.length > maxBytes) return { ok: false, error: "fileTooLarge" };
  const type = detectFileType(bytes);
  if (type !== "png" && type !== "jpeg" && type !== "webp") return { ok: false, error: "fileTypeNotAllowed" };

  let metadata: Metadata;
  try {
    // Reads the header only; the size is checked here so the answer is "too large", not "corrupt".
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, error: "fileCorrupt" };
  }
  if (!ACCEPTED_FORMATS.has(metadata.format)) return { ok: false, error: "fileTypeNotAllowed" };
  if (!metadata.width || !metadata.height) return { ok: false, error: "fileCorrupt" };
  if (metadata.width * metadata.height > maxInputPixels) return { ok: false, error: "imageTooLarge" };

  const box = OUTPUT_BOX[options.purpose];
  try {
    // failOn "truncated" refuses cut-off files (half an upload) yet tolerates the minor warnings of real cameras.
    const { data, info } = await sharp(bytes, { limitInputPixels: maxInputPixels, failOn: "truncated" })
      .autoOrient()
      .resize({ ...box, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { ok: true, file: { bytes: data, contentType: "image/webp", width: info.width, height: info.height } };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) return { ok: false, error: "imageTooLarge" };
    return { ok: false, error: "fileCorrupt" };
  }
}
