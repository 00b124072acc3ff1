import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { inspectImage } from "./inspect-image";
import { htmlText, makeImage, makeNoisyJpeg, svgText } from "@/tests/support/test-images";

const MiB = 1024 * 1024;

describe("inspectImage", () => {
  it.each(["png", "jpeg", "webp"] as const)("accepts a %s and re-encodes it to WebP", async (format) => {
    const result = await inspectImage(await makeImage(format, 64, 48), { purpose: "photo", maxBytes: MiB });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.contentType).toBe("image/webp");
    expect((await sharp(result.file.bytes).metadata()).format).toBe("webp");
    expect(result.file).toMatchObject({ width: 64, height: 48 });
  });

  it("fits a logo inside 512×512 and a photo within 1600 px wide, never enlarging", async () => {
    const large = await makeImage("png", 2400, 1200);
    const logo = await inspectImage(large, { purpose: "logo", maxBytes: 5 * MiB });
    const photo = await inspectImage(large, { purpose: "photo", maxBytes: 5 * MiB });
    expect(logo.ok && logo.file).toMatchObject({ width: 512, height: 256 });
    expect(photo.ok && photo.file).toMatchObject({ width: 1600, height: 800 });
    const logoMetadata = await sharp(logo.ok ? logo.file.bytes : Buffer.alloc(0)).metadata();
    expect([logoMetadata.width, logoMetadata.height]).toEqual([512, 256]);

    const small = await inspectImage(await makeImage("png", 100, 80), { purpose: "logo", maxBytes: MiB });
    expect(small.ok && small.file).toMatchObject({ width: 100, height: 80 });
  });

  it("turns a photo upright by its EXIF orientation and strips EXIF and XMP", async () => {
    // Stored 60×40 with orientation 6 (rotate 90°): it shows as 40×60.
    const withMetadata = await sharp(await makeImage("jpeg", 60, 40))
      .withMetadata({ orientation: 6 })
      .withExifMerge({ IFD0: { Copyright: "Rahasia pemilik", ImageDescription: "Jl. Rumah Pemilik 1" } })
      .withXmp(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>',
      )
      .jpeg()
      .toBuffer();
    const input = await sharp(withMetadata).metadata();
    expect(input.orientation).toBe(6);
    expect(input.exif).toBeDefined();
    expect(input.xmp).toBeDefined();

    const result = await inspectImage(withMetadata, { purpose: "photo", maxBytes: MiB });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const output = await sharp(result.file.bytes).metadata();
    expect([output.width, output.height]).toEqual([40, 60]);
    expect(output.orientation).toBeUndefined();
    expect(output.exif).toBeUndefined();
    expect(output.xmp).toBeUndefined();
    expect(result.file.bytes.includes(Buffer.from("Rahasia pemilik"))).toBe(false);
  });

  it("refuses an SVG renamed to .jpg and an HTML page, whatever they claim to be", async () => {
    expect(await inspectImage(Buffer.from(svgText), { purpose: "logo", maxBytes: MiB })).toEqual({
      ok: false,
      error: "fileTypeNotAllowed",
    });
    expect(await inspectImage(Buffer.from(htmlText), { purpose: "photo", maxBytes: MiB })).toEqual({
      ok: false,
      error: "fileTypeNotAllowed",
    });
  });

  it("refuses other image formats (GIF, TIFF) and a PDF as an image", async () => {
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#fff" } })
      .gif()
      .toBuffer();
    const tiff = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#fff" } })
      .tiff()
      .toBuffer();
    for (const bytes of [gif, tiff, Buffer.from("%PDF-1.7\n%%EOF\n")]) {
      expect(await inspectImage(bytes, { purpose: "photo", maxBytes: MiB })).toEqual({
        ok: false,
        error: "fileTypeNotAllowed",
      });
    }
  });

  it("refuses a truncated JPEG and garbage behind a valid signature as corrupt", async () => {
    const jpeg = await makeNoisyJpeg();
    const truncated = jpeg.subarray(0, Math.floor(jpeg.length * 0.6));
    expect(await inspectImage(truncated, { purpose: "photo", maxBytes: MiB })).toEqual({
      ok: false,
      error: "fileCorrupt",
    });
    const fakePng = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(200, 7),
    ]);
    expect(await inspectImage(fakePng, { purpose: "photo", maxBytes: MiB })).toEqual({
      ok: false,
      error: "fileCorrupt",
    });
  });

  it("refuses an empty file and one over the byte limit", async () => {
    expect(await inspectImage(Buffer.alloc(0), { purpose: "photo", maxBytes: MiB })).toEqual({
      ok: false,
      error: "fileEmpty",
    });
    const jpeg = await makeNoisyJpeg();
    expect(await inspectImage(jpeg, { purpose: "photo", maxBytes: jpeg.length - 1 })).toEqual({
      ok: false,
      error: "fileTooLarge",
    });
    expect((await inspectImage(jpeg, { purpose: "photo", maxBytes: jpeg.length })).ok).toBe(true);
  });

  it("refuses an image with too many pixels, even when its file is small", async () => {
    // A flat 5000×5000 PNG compresses to a few kilobytes but decodes to 25 million pixels.
    const bomb = await makeImage("png", 5000, 5000);
    expect(bomb.length).toBeLessThan(MiB);
    expect(await inspectImage(bomb, { purpose: "photo", maxBytes: MiB, maxInputPixels: 10_000_000 })).toEqual({
      ok: false,
      error: "imageTooLarge",
    });
  });
});
