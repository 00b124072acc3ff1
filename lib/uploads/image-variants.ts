import sharp from "sharp";

/**
 * The widths a public image is served at besides its original (`/api/files/<id>?w=320`), for `srcset`: logos at
 * 1× and 2× of their 48 and 80 px boxes, photos and covers at phone, tablet and laptop column widths. A fixed
 * list, so a visitor cannot make the server render and keep arbitrary sizes.
 */
export const IMAGE_VARIANT_WIDTHS = [48, 80, 96, 160, 320, 640, 960, 1280] as const;
export type ImageVariantWidth = (typeof IMAGE_VARIANT_WIDTHS)[number];
/** The widths a profile photo's `srcset` offers (phone, tablet, laptop columns). */
export const IMAGE_VARIANT_WIDTHS_FOR_PHOTOS = [320, 640, 960] as const satisfies readonly ImageVariantWidth[];

/** The widths a cover's `srcset` offers (a card, a phone's width, a laptop's banner). */
export const IMAGE_VARIANT_WIDTHS_FOR_COVERS = [320, 640, 960, 1280] as const satisfies readonly ImageVariantWidth[];

/**
 * Narrower copies of an image for small screens, each named by its real width, and the original at its own; none
 * for an image no wider than the narrowest copy (or of unknown width).
 */
export function imageSrcSet(
  fileId: string,
  width: number | null,
  widths: readonly ImageVariantWidth[],
): string | undefined {
  const narrowest = widths[0];
  if (!width || narrowest === undefined || width <= narrowest) return undefined;
  return [
    ...widths.filter((variant) => variant < width).map((variant) => `/api/files/${fileId}?w=${variant} ${variant}w`),
    `/api/files/${fileId} ${width}w`,
  ].join(", ");
}

/** `null` when no width is asked for; `"unknown"` for any width not in the list. */
export function parseImageVariantWidth(value: string | null): ImageVariantWidth | null | "unknown" {
  if (value === null) return null;
  const width = Number(value);
  return (IMAGE_VARIANT_WIDTHS as readonly number[]).includes(width) && /^\d+$/.test(value)
    ? (width as ImageVariantWidth)
    : "unknown";
}

// Variants of public images are immutable (a new upload has a new id): a small bounded memory keeps the popular
// ones, the browser and any HTTP cache keep them for a year.
const MAX_CACHED_BYTES = 16 * 1024 * 1024;
const cache = new Map<string, Uint8Array>();
let cachedBytes = 0;

function remember(key: string, bytes: Uint8Array) {
  if (bytes.byteLength > MAX_CACHED_BYTES / 8) return;
  cache.set(key, bytes);
  cachedBytes += bytes.byteLength;
  for (const [oldKey, oldBytes] of cache) {
    if (cachedBytes <= MAX_CACHED_BYTES) break;
    cache.delete(oldKey);
    cachedBytes -= oldBytes.byteLength;
  }
}

/** The image no wider than `width` (never enlarged), as WebP. */
export async function renderImageVariant(fileId: string, bytes: Uint8Array, width: ImageVariantWidth) {
  const key = `${fileId}:${width}`;
  const cached = cache.get(key);
  if (cached) {
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const variant = new Uint8Array(
    await sharp(bytes).resize({ width, withoutEnlargement: true }).webp({ quality: 78 }).toBuffer(),
  );
  remember(key, variant);
  return variant;
}
