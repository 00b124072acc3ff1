import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { parseImageVariantWidth, renderImageVariant } from "./image-variants";

describe("parseImageVariantWidth", () => {
  it("accepts only the listed widths, written as plain digits", () => {
    expect(parseImageVariantWidth(null)).toBeNull();
    expect(parseImageVariantWidth("320")).toBe(320);
    expect(parseImageVariantWidth("48")).toBe(48);
    for (const value of ["321", "0", "-320", "320.0", " 320", "3e2", "", "abc", "99999999999"]) {
      expect(parseImageVariantWidth(value), value).toBe("unknown");
    }
  });
});

describe("renderImageVariant", () => {
  it("narrows a wide image to the width asked, keeps its proportions, and never enlarges a small one", async () => {
    const wide = new Uint8Array(
      await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#2a7" } })
        .webp()
        .toBuffer(),
    );
    const variant = await renderImageVariant("wide-test", wide, 320);
    const metadata = await sharp(variant).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(["webp", 320, 213]);
    expect(variant.byteLength).toBeLessThan(wide.byteLength);

    const small = new Uint8Array(
      await sharp({ create: { width: 60, height: 40, channels: 3, background: "#a27" } })
        .webp()
        .toBuffer(),
    );
    expect((await sharp(await renderImageVariant("small-test", small, 640)).metadata()).width).toBe(60);
  });
});
