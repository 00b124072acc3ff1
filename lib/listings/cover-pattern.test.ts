import { describe, expect, it } from "vitest";
import { buildSampleListings } from "@/prisma/seed-data/samples";
import { knownSubsectorColours } from "@/lib/subsectors/palette";
import { buildCoverPattern, hasSampleCover, tint } from "./cover-pattern";

describe("buildCoverPattern", () => {
  it("draws the same pattern for the same listing, every time", () => {
    const first = buildCoverPattern("sari-apel-tlogomas-lestari-contoh", "#b91c1c");
    expect(buildCoverPattern("sari-apel-tlogomas-lestari-contoh", "#b91c1c")).toEqual(first);
    expect(first.shapes.length).toBeGreaterThan(0);
  });

  it("varies between listings: several motifs and tile sizes across the demo's samples", () => {
    const patterns = buildSampleListings().map((listing) => buildCoverPattern(listing.slug, "#1d4ed8"));
    expect(new Set(patterns.map((pattern) => pattern.motif)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(patterns.map((pattern) => pattern.tile)).size).toBeGreaterThanOrEqual(3);
  });

  it("is drawn in the subsector's colour and lighter tints of it, nothing else", () => {
    for (const colour of Object.values(knownSubsectorColours)) {
      const pattern = buildCoverPattern(`contoh-${colour}`, colour);
      expect(pattern.background).toBe(colour);
      for (const shape of pattern.shapes) {
        expect(shape.fill).toMatch(/^#[0-9a-f]{6}$/);
        // A tint never darkens a channel.
        const channels = (hex: string) => [1, 3, 5].map((index) => Number.parseInt(hex.slice(index, index + 2), 16));
        const base = channels(colour);
        channels(shape.fill).forEach((value, index) => expect(value).toBeGreaterThanOrEqual(base[index]!));
      }
    }
  });
});

describe("tint", () => {
  it("mixes with white", () => {
    expect(tint("#000000", 0)).toBe("#000000");
    expect(tint("#000000", 1)).toBe("#ffffff");
    expect(tint("#b91c1c", 0.5)).toBe("#dc8e8e");
  });
});

describe("hasSampleCover", () => {
  it("gives about half of the demo's sample listings a cover, the same ones on every run", () => {
    const slugs = buildSampleListings().map((listing) => listing.slug);
    const withCover = slugs.filter(hasSampleCover);
    expect(withCover.length / slugs.length).toBeGreaterThan(0.35);
    expect(withCover.length / slugs.length).toBeLessThan(0.65);
    expect(slugs.filter(hasSampleCover)).toEqual(withCover);
  });
});
