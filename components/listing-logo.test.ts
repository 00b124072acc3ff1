import { describe, expect, it } from "vitest";
import { getMonogramLetters } from "./listing-logo";

describe("getMonogramLetters", () => {
  it("takes the first letter of the first two words", () => {
    expect(getMonogramLetters("Sari Apel Tlogomas Lestari")).toBe("SA");
    expect(getMonogramLetters("Malang Creative Center")).toBe("MC");
  });

  it("copes with one word, punctuation, digits and lower case", () => {
    expect(getMonogramLetters("ruang")).toBe("R");
    expect(getMonogramLetters("“Kopi” & Co.")).toBe("KC");
    expect(getMonogramLetters("3D Studio")).toBe("3S");
    expect(getMonogramLetters("  -- ")).toBe("?");
  });
});

describe("ListingLogo", () => {
  it("asks for an uploaded logo at its box size, and twice that on dense screens, from the listed widths", async () => {
    const { renderToStaticMarkup } = await import("react-dom/server");
    const { createElement } = await import("react");
    const { ListingLogo } = await import("./listing-logo");
    const { IMAGE_VARIANT_WIDTHS } = await import("@/lib/uploads/image-variants");
    for (const size of [48, 80] as const) {
      const html = renderToStaticMarkup(
        createElement(ListingLogo, {
          name: "Kopi Ijen",
          subsectorSlug: "kuliner",
          logoFileId: "abc123",
          size,
          logoAlt: "Logo",
        }),
      );
      expect(html).toContain(`src="/api/files/abc123?w=${size}"`);
      // React writes the attribute as `srcSet`; HTML attribute names are case-insensitive.
      expect(html.toLowerCase()).toContain(
        `srcset="/api/files/abc123?w=${size} 1x, /api/files/abc123?w=${size * 2} 2x"`,
      );
      expect(IMAGE_VARIANT_WIDTHS).toContain(size);
      expect(IMAGE_VARIANT_WIDTHS).toContain(size * 2);
    }
  });
});
