// Images made on the fly for the upload tests (no binary fixtures in the repository).
import sharp from "sharp";

// Buffer.from gives a Buffer over a plain ArrayBuffer, which File and Blob accept.
export async function makeImage(format: "png" | "jpeg" | "webp", width = 64, height = 48) {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 60, b: 40 } } });
  return Buffer.from(await image.toFormat(format).toBuffer());
}

/** A noisy JPEG (large enough that cutting it leaves a recognisable but incomplete file). */
export async function makeNoisyJpeg(width = 400, height = 300) {
  const pixels = Buffer.alloc(width * height * 3);
  for (let index = 0; index < pixels.length; index++) pixels[index] = (index * 7919) % 251;
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg()
    .toBuffer();
}

export const svgText = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>`;
export const htmlText = `<!doctype html><html><body><script>alert(document.cookie)</script></body></html>`;
