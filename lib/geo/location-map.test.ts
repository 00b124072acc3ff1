import { describe, expect, it } from "vitest";
import { planLocationMap, renderLocationMapSvg } from "./location-map";

// Universitas Brawijaya, in Kelurahan Ketawanggede, Kecamatan Lowokwaru.
const BRAWIJAYA = { latitude: -7.9525, longitude: 112.6144 };

describe("location map", () => {
  it("plans the drawing around the point's kelurahan and kecamatan", () => {
    const plan = planLocationMap(BRAWIJAYA.latitude, BRAWIJAYA.longitude);
    expect(plan?.kelurahan.name).toBe("Ketawanggede");
    expect(plan?.kecamatan?.name).toBe("Lowokwaru");
    expect(plan?.width).toBe(320);
    expect(plan?.height).toBeGreaterThan(100);
  });

  it("draws one point, the kelurahan highlighted and named among its neighbours, in a small file", () => {
    const svg = renderLocationMapSvg(BRAWIJAYA.latitude, BRAWIJAYA.longitude)!;
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<circle /g)).toHaveLength(1);
    expect(svg).toContain('fill="#fde68a"');
    expect(svg).toMatch(/font-weight="700" fill="#0f172a">Ketawanggede<\/text>/);
    expect(svg.match(/<text /g)!.length).toBeGreaterThanOrEqual(2);
    // Outlines are cut to the view: whole kecamatan borders far outside it would triple the size.
    expect(svg.length).toBeLessThan(12_000);
  });

  it("draws nothing for a point outside Kota Malang or not a number", () => {
    expect(renderLocationMapSvg(-7.2575, 112.7521)).toBeNull(); // Surabaya
    expect(renderLocationMapSvg(Number.NaN, 112.6)).toBeNull();
    expect(planLocationMap(112.63, -7.98)).toBeNull();
  });
});
