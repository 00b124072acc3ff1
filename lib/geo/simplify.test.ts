import { describe, expect, it } from "vitest";
import { getMalangAreas } from "./malang-areas";
import { simplifyRing } from "./simplify";

describe("simplifyRing", () => {
  it("drops points that lie on a straight line and keeps the corners", () => {
    const ring = [
      [0, 0],
      [1, 0],
      [2, 0],
      [2, 1],
      [2, 2],
      [1, 2],
      [0, 2],
      [0, 1],
      [0, 0],
    ] as const;
    expect(simplifyRing(ring, 0.01)).toEqual([
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ]);
  });

  it("keeps every kelurahan a closed ring of at least a triangle, and much smaller at map tolerance", () => {
    let before = 0;
    let after = 0;
    for (const area of getMalangAreas().kelurahan)
      for (const polygon of area.polygons)
        for (const ring of polygon) {
          const simplified = simplifyRing(ring, 0.0003);
          expect(simplified.length).toBeGreaterThanOrEqual(4);
          expect(simplified[0]).toEqual(simplified.at(-1));
          before += ring.length;
          after += simplified.length;
        }
    expect(after).toBeLessThan(before / 2);
  });
});
