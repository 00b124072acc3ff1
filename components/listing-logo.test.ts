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
