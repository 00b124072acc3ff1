import { describe, expect, it } from "vitest";
import { boundingBoxOf, isInBoundingBox, isInMultiPolygon, isInPolygon, isInRing, type Ring } from "./point-in-polygon";

const square: Ring = [
  [0, 0],
  [4, 0],
  [4, 4],
  [0, 4],
  [0, 0],
];
const hole: Ring = [
  [1, 1],
  [1, 3],
  [3, 3],
  [3, 1],
  [1, 1],
];
// A "U": the notch between its arms is outside, which a bounding box alone would call inside.
const u: Ring = [
  [0, 0],
  [3, 0],
  [3, 3],
  [2, 3],
  [2, 1],
  [1, 1],
  [1, 3],
  [0, 3],
  [0, 0],
];

describe("isInRing", () => {
  it("tells inside from outside", () => {
    expect(isInRing(2, 2, square)).toBe(true);
    expect(isInRing(5, 2, square)).toBe(false);
    expect(isInRing(-0.1, 2, square)).toBe(false);
  });
  it("handles a concave ring", () => {
    expect(isInRing(0.5, 2, u)).toBe(true);
    expect(isInRing(1.5, 2, u)).toBe(false);
    expect(isInRing(1.5, 0.5, u)).toBe(true);
  });
  it("counts a point on an edge or a vertex as inside", () => {
    expect(isInRing(4, 2, square)).toBe(true);
    expect(isInRing(0, 0, square)).toBe(true);
    expect(isInRing(2, 4, square)).toBe(true);
  });
  it("is not fooled by a ray passing through a vertex", () => {
    const diamond: Ring = [
      [2, 0],
      [4, 2],
      [2, 4],
      [0, 2],
      [2, 0],
    ];
    expect(isInRing(1, 2, diamond)).toBe(true);
    expect(isInRing(-1, 2, diamond)).toBe(false);
    expect(isInRing(5, 2, diamond)).toBe(false);
  });
});

describe("isInPolygon / isInMultiPolygon", () => {
  it("excludes a hole and includes what is around it", () => {
    expect(isInPolygon(2, 2, [square, hole])).toBe(false);
    expect(isInPolygon(0.5, 0.5, [square, hole])).toBe(true);
  });
  it("finds a point in any part of a multipolygon", () => {
    const far: Ring = square.map(([x, y]) => [x + 10, y] as const);
    expect(isInMultiPolygon(12, 2, [[square], [far]])).toBe(true);
    expect(isInMultiPolygon(7, 2, [[square], [far]])).toBe(false);
  });
});

describe("bounding boxes", () => {
  it("spans the outer rings", () => {
    const box = boundingBoxOf([[u]]);
    expect(box).toEqual({ west: 0, south: 0, east: 3, north: 3 });
    expect(isInBoundingBox(1.5, 2, box)).toBe(true);
    expect(isInBoundingBox(3.5, 2, box)).toBe(false);
  });
});
