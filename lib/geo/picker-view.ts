// The point picker's arithmetic, shared by the server (which draws the outlines) and the browser (which turns a click
// into a coordinate). No boundaries here: this module is loaded by the listing forms in the browser.

export type PickerProjection = {
  west: number;
  north: number;
  /** cos(latitude) of the view's middle: a degree of longitude is that share of a degree of latitude. */
  xScale: number;
  /** Drawing units per degree of latitude. */
  scale: number;
  width: number;
  height: number;
};

/** An area as the picker draws it: an SVG path and where its name goes, in drawing units. */
export type PickerArea = { code: string; name: string; d: string; label: [number, number] };
export type PickerMap = { projection: PickerProjection; kecamatan: PickerArea[]; kelurahan: PickerArea[] };

export type ViewBox = { x: number; y: number; width: number; height: number };
export type LatLng = { latitude: number; longitude: number };

/** The same equirectangular projection as `createProjection` in outlines.ts, as plain numbers a client can use. */
export function pickerProjectionOf(
  view: { west: number; south: number; east: number; north: number },
  width: number,
): PickerProjection {
  const xScale = Math.cos((((view.north + view.south) / 2) * Math.PI) / 180);
  const scale = width / ((view.east - view.west) * xScale);
  return {
    west: view.west,
    north: view.north,
    xScale,
    scale,
    width,
    height: Math.round((view.north - view.south) * scale),
  };
}

export function projectPoint(projection: PickerProjection, point: LatLng): [number, number] {
  return [
    (point.longitude - projection.west) * projection.xScale * projection.scale,
    (projection.north - point.latitude) * projection.scale,
  ];
}

/** A drawing position back to a coordinate, rounded to 6 decimals (about 11 cm): what the form posts. */
export function unprojectPoint(projection: PickerProjection, x: number, y: number): LatLng {
  return {
    latitude: roundCoordinate(projection.north - y / projection.scale),
    longitude: roundCoordinate(projection.west + x / (projection.xScale * projection.scale)),
  };
}

export function roundCoordinate(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** A typed coordinate as the server reads it (a decimal comma is accepted); null when it is not a number. */
export function parseCoordinate(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "" || !/^[-+]?\d{1,3}([.,]\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed.replace(",", "."));
  return Number.isFinite(value) ? value : null;
}

export function formatCoordinate(value: number): string {
  return roundCoordinate(value)
    .toFixed(6)
    .replace(/\.?0+$/, "");
}

export const PICKER_ZOOM_LEVELS = [1, 2, 4, 8] as const;
/** One arrow key press at the whole-city view, in degrees (about 110 m); it shrinks as the view zooms in. */
export const PICKER_KEY_STEP = 0.001;

const keyDirections: Record<string, [number, number]> = {
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

/**
 * The point after an arrow key: one step (smaller when zoomed in, ten times larger with Shift) north, south, west or
 * east. Null for any other key. A degree of longitude is shorter than one of latitude: the step east-west is widened
 * so that both move the marker the same distance on the drawing.
 */
export function stepPoint(
  point: LatLng,
  key: string,
  options: { zoom: number; isLarge?: boolean; xScale: number },
): LatLng | null {
  const direction = keyDirections[key];
  if (!direction) return null;
  const step = (PICKER_KEY_STEP / options.zoom) * (options.isLarge ? 10 : 1);
  return {
    latitude: roundCoordinate(point.latitude + direction[1] * step),
    longitude: roundCoordinate(point.longitude + (direction[0] * step) / options.xScale),
  };
}

/** The part of the drawing shown at a zoom level, centred on a point and kept inside the drawing. */
export function viewBoxAt(projection: PickerProjection, zoom: number, center: [number, number]): ViewBox {
  const width = projection.width / zoom;
  const height = projection.height / zoom;
  const clamp = (value: number, size: number, total: number) => Math.min(Math.max(value - size / 2, 0), total - size);
  return {
    x: clamp(center[0], width, projection.width),
    y: clamp(center[1], height, projection.height),
    width,
    height,
  };
}

/** The view unchanged while the point is well inside it (a tenth of its size from the edge), else centred on it. */
export function followPoint(
  projection: PickerProjection,
  view: ViewBox,
  zoom: number,
  point: [number, number],
): ViewBox {
  const marginX = view.width / 10;
  const marginY = view.height / 10;
  const isInside =
    point[0] >= view.x + marginX &&
    point[0] <= view.x + view.width - marginX &&
    point[1] >= view.y + marginY &&
    point[1] <= view.y + view.height - marginY;
  return isInside ? view : viewBoxAt(projection, zoom, point);
}
