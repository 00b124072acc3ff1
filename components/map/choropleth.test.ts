import { describe, expect, it } from "vitest";
import { classify } from "./choropleth";

describe("classify", () => {
  it("splits 1..max into up to five classes and keeps 0 apart", () => {
    const { limits, classOf } = classify([0, 3, 10, 25, 50]);
    expect(limits).toEqual([
      [1, 10],
      [11, 20],
      [21, 30],
      [31, 40],
      [41, 50],
    ]);
    expect([0, 1, 10, 11, 50].map(classOf)).toEqual([-1, 0, 0, 1, 4]);
  });
  it("uses fewer classes for small counts and none for all zero", () => {
    expect(classify([0, 1, 2]).limits).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(classify([0, 0]).limits).toEqual([]);
  });
});
