import "server-only";
import { getOutlines, padBox } from "./outlines";
import type { Position } from "./point-in-polygon";
import { pickerProjectionOf, projectPoint, type PickerArea, type PickerMap } from "./picker-view";

// About 22 m, as /peta's base layer: invisible at the picker's whole-city view, still close at its 8× zoom.
const PICKER_TOLERANCE = 0.0002;
const PICKER_WIDTH = 1000;

let cached: PickerMap | undefined;

/**
 * The point picker's drawing: the city's kecamatan and kelurahan outlines as SVG paths in one projection, sent to
 * the listing forms as props (a few kB in the page, no boundaries file downloaded by the browser).
 */
export function getPickerMap(): PickerMap {
  if (cached) return cached;
  const outlines = getOutlines(PICKER_TOLERANCE);
  const view = padBox(outlines.city, 0.02);
  const projection = pickerProjectionOf(view, PICKER_WIDTH);
  const project = ([longitude, latitude]: Position) =>
    projectPoint(projection, { latitude, longitude }).map(Math.round) as [number, number];
  const toArea = (outline: (typeof outlines.kelurahan)[number]): PickerArea => ({
    code: outline.code,
    name: outline.name,
    d: compactPathOf(outline.polygons.flat(), project),
    label: project(outline.label),
  });
  cached = {
    projection,
    kecamatan: outlines.kecamatan.map(toArea),
    kelurahan: outlines.kelurahan.map(toArea),
  };
  return cached;
}

/**
 * Rings as an SVG path in whole drawing units (1 unit ≈ 14 m) with relative steps, repeated points dropped: the
 * outlines then cost the page about a quarter of absolute decimal coordinates.
 */
export function compactPathOf(
  rings: readonly (readonly Position[])[],
  project: (position: Position) => [number, number],
) {
  let path = "";
  for (const ring of rings) {
    const points = ring.map(project);
    const [first] = points;
    if (!first || points.length < 3) continue;
    path += `M${first[0]} ${first[1]}`;
    let [x, y] = first;
    for (const [px, py] of points.slice(1)) {
      if (px === x && py === y) continue;
      const dx = px - x;
      const dy = py - y;
      path += `l${dx}${dy < 0 ? "" : " "}${dy}`;
      [x, y] = [px, py];
    }
    path += "z";
  }
  return path;
}
