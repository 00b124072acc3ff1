import { describe, expect, it } from "vitest";
import { findKelurahanAt, getMalangAreas } from "./malang-areas";
import { compactPathOf, getPickerMap } from "./picker-map";
import { unprojectPoint } from "./picker-view";

describe("the picker's drawing", () => {
  it("writes rings in whole units with relative steps and drops repeated points", () => {
    const identity = ([x, y]: readonly [number, number]) => [Math.round(x), Math.round(y)] as [number, number];
    const square = [
      [10, 10],
      [20.2, 10],
      [20, 10.4],
      [20, 20],
      [10, 20],
      [10, 10],
    ] as const;
    expect(compactPathOf([square], identity)).toBe("M10 10l10 0l0 10l-10 0l0-10z");
    expect(
      compactPathOf(
        [
          [
            [0, 0],
            [1, 1],
          ],
        ],
        identity,
      ),
    ).toBe("");
  });

  it("has every kecamatan and kelurahan, small enough to send with the form", () => {
    const map = getPickerMap();
    expect(map.kecamatan).toHaveLength(5);
    expect(map.kelurahan).toHaveLength(57);
    expect(JSON.stringify(map).length).toBeLessThan(30_000);
  });

  it("puts each kelurahan's name where a click finds that kelurahan", () => {
    const map = getPickerMap();
    const areas = getMalangAreas();
    for (const area of map.kelurahan) {
      const { latitude, longitude } = unprojectPoint(map.projection, area.label[0], area.label[1]);
      expect(findKelurahanAt(areas, longitude, latitude)?.code, area.name).toBe(area.code);
    }
  });
});
