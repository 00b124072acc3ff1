import { describe, expect, it } from "vitest";
import { subsectors } from "@/prisma/seed-data/subsectors";
import { getSubsectorColour, knownSubsectorColours } from "./palette";

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

describe("subsector palette", () => {
  it("gives each of the 17 official subsectors a colour of its own", () => {
    const colours = subsectors.map((subsector) => knownSubsectorColours[subsector.slug]);
    expect(colours.every(Boolean)).toBe(true);
    expect(new Set(colours).size).toBe(17);
  });

  it("keeps white text readable on every colour (WCAG AA, 4.5:1)", () => {
    for (const [slug, colour] of Object.entries(knownSubsectorColours))
      expect(contrastWithWhite(colour), slug).toBeGreaterThanOrEqual(4.5);
  });

  it("falls back to the brand colour for a subsector added later", () => {
    expect(getSubsectorColour("subsektor-baru")).toBe("#0b4737");
  });
});
