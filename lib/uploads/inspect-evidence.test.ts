import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { inspectEvidence } from "./inspect-evidence";
import { htmlText, makeImage, makeNoisyJpeg, svgText } from "@/tests/support/test-images";

const MiB = 1024 * 1024;
const pdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

describe("inspectEvidence", () => {
  it("keeps a PDF byte for byte", async () => {
    const result = await inspectEvidence(pdf, { maxBytes: MiB });
    expect(result).toEqual({
      ok: true,
      file: { bytes: pdf, contentType: "application/pdf", width: null, height: null },
    });
  });

  it("re-encodes an image (a photo of the certificate) to WebP", async () => {
    const result = await inspectEvidence(await makeImage("jpeg", 120, 90), { maxBytes: MiB });
    expect(result.ok && result.file).toMatchObject({ contentType: "image/webp", width: 120, height: 90 });
    expect((await sharp(result.ok ? result.file.bytes : Buffer.alloc(0)).metadata()).format).toBe("webp");
  });

  it("refuses SVG, HTML and a PDF signature that is not at the start", async () => {
    for (const bytes of [Buffer.from(svgText), Buffer.from(htmlText), Buffer.concat([Buffer.from("<html>"), pdf])]) {
      expect(await inspectEvidence(bytes, { maxBytes: MiB })).toEqual({ ok: false, error: "fileTypeNotAllowed" });
    }
  });

  it("refuses empty, oversized and truncated files", async () => {
    expect(await inspectEvidence(Buffer.alloc(0), { maxBytes: MiB })).toEqual({ ok: false, error: "fileEmpty" });
    expect(await inspectEvidence(pdf, { maxBytes: pdf.length - 1 })).toEqual({ ok: false, error: "fileTooLarge" });
    const jpeg = await makeNoisyJpeg();
    expect(await inspectEvidence(jpeg.subarray(0, jpeg.length / 2), { maxBytes: MiB })).toEqual({
      ok: false,
      error: "fileCorrupt",
    });
  });
});
