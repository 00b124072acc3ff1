import { describe, expect, it } from "vitest";
import { clipRingToBox } from "./clip";
import type { Position } from "./point-in-polygon";

const box = { west: 0, south: 0, east: 10, north: 10 };

const areaOf = (ring: Position[]) =>
  Math.abs(ring.slice(1).reduce((sum, [x, y], i) => sum + (ring[i]![0] * y - x * ring[i]![1]), 0)) / 2;

describe("clipRingToBox", () => {
  it("keeps a ring wholly inside as it is", () => {
    const ring: Position[] = [
      [1, 1],
      [5, 1],
      [5, 5],
      [1, 1],
    ];
    expect(clipRingToBox(ring, box)).toEqual(ring);
  });

  it("cuts a ring that overhangs the box to the box's edges", () => {
    const ring: Position[] = [
      [-5, -5],
      [5, -5],
      [5, 5],
      [-5, 5],
      [-5, -5],
    ];
    const clipped = clipRingToBox(ring, box);
    expect(areaOf(clipped)).toBeCloseTo(25);
    expect(clipped.every(([x, y]) => x >= 0 && x <= 10 && y >= 0 && y <= 10)).toBe(true);
    expect(clipped[0]).toEqual(clipped.at(-1));
  });

  it("drops a ring wholly outside, and fills the box when the ring surrounds it", () => {
    const far: Position[] = [
      [20, 20],
      [30, 20],
      [30, 30],
      [20, 20],
    ];
    expect(clipRingToBox(far, box)).toEqual([]);
    const around: Position[] = [
      [-1, -1],
      [11, -1],
      [11, 11],
      [-1, 11],
      [-1, -1],
    ];
    expect(areaOf(clipRingToBox(around, box))).toBeCloseTo(100);
  });
});
