import { describe, expect, it } from "vitest";
import { createProjection } from "./outlines";
import {
  followPoint,
  formatCoordinate,
  parseCoordinate,
  pickerProjectionOf,
  projectPoint,
  stepPoint,
  unprojectPoint,
  viewBoxAt,
} from "./picker-view";

const view = { west: 112.57, south: -8.05, east: 112.7, north: -7.9 };
const projection = pickerProjectionOf(view, 1000);

describe("the picker's projection", () => {
  it("draws a point where the server's projection draws it", () => {
    const server = createProjection(view, 1000);
    expect(projection.height).toBe(server.height);
    const [x, y] = projectPoint(projection, { latitude: -7.9666, longitude: 112.6326 });
    const [serverX, serverY] = server.project([112.6326, -7.9666]);
    expect(x).toBeCloseTo(serverX, 0);
    expect(y).toBeCloseTo(serverY, 0);
  });

  it("turns a click on the drawing back into the coordinate drawn there", () => {
    const point = { latitude: -7.981234, longitude: 112.63079 };
    const [x, y] = projectPoint(projection, point);
    expect(unprojectPoint(projection, x, y)).toEqual(point);
    expect(unprojectPoint(projection, 0, 0)).toEqual({ latitude: view.north, longitude: view.west });
    const corner = unprojectPoint(projection, projection.width, projection.height);
    expect(corner.longitude).toBeCloseTo(view.east, 5);
    expect(corner.latitude).toBeCloseTo(view.south, 3);
  });
});

describe("typed coordinates", () => {
  it("reads what the server reads and refuses the rest", () => {
    expect(parseCoordinate(" -7.9666 ")).toBe(-7.9666);
    expect(parseCoordinate("-7,9666")).toBe(-7.9666);
    expect(parseCoordinate("112")).toBe(112);
    for (const bad of ["", "-7,95x", "1e3", "--7.9", "7.9.1", "abc", "Infinity"])
      expect(parseCoordinate(bad)).toBeNull();
  });

  it("writes six decimals at most, without trailing zeros", () => {
    expect(formatCoordinate(-7.96660049)).toBe("-7.9666");
    expect(formatCoordinate(112.6)).toBe("112.6");
    expect(formatCoordinate(-7.1234567)).toBe("-7.123457");
  });
});

describe("arrow keys", () => {
  const point = { latitude: -7.97, longitude: 112.63 };

  it("move the point one step north, south, west or east, smaller when zoomed in and larger with Shift", () => {
    const options = { zoom: 1, xScale: 1 };
    expect(stepPoint(point, "ArrowUp", options)).toEqual({ latitude: -7.969, longitude: 112.63 });
    expect(stepPoint(point, "ArrowDown", options)).toEqual({ latitude: -7.971, longitude: 112.63 });
    expect(stepPoint(point, "ArrowLeft", options)).toEqual({ latitude: -7.97, longitude: 112.629 });
    expect(stepPoint(point, "ArrowRight", { zoom: 4, xScale: 1 })).toEqual({ latitude: -7.97, longitude: 112.63025 });
    expect(stepPoint(point, "ArrowUp", { zoom: 1, xScale: 1, isLarge: true })).toEqual({
      latitude: -7.96,
      longitude: 112.63,
    });
    expect(stepPoint(point, "Enter", options)).toBeNull();
  });

  it("move the marker the same distance on the drawing in every direction", () => {
    const options = { zoom: 2, xScale: projection.xScale };
    const [x, y] = projectPoint(projection, point);
    const [eastX] = projectPoint(projection, stepPoint(point, "ArrowRight", options)!);
    const [, northY] = projectPoint(projection, stepPoint(point, "ArrowUp", options)!);
    expect(eastX - x).toBeCloseTo(y - northY, 0);
  });
});

describe("the zoomed view", () => {
  it("is centred on the point and stays inside the drawing", () => {
    expect(viewBoxAt(projection, 1, [10, 10])).toEqual({ x: 0, y: 0, width: 1000, height: projection.height });
    const zoomed = viewBoxAt(projection, 4, [500, 600]);
    expect(zoomed).toEqual({ x: 375, y: 600 - projection.height / 8, width: 250, height: projection.height / 4 });
    const atEdge = viewBoxAt(projection, 4, [990, 5]);
    expect(atEdge.x + atEdge.width).toBe(1000);
    expect(atEdge.y).toBe(0);
  });

  it("follows the point only when it nears the edge", () => {
    const zoomed = viewBoxAt(projection, 4, [500, 600]);
    expect(followPoint(projection, zoomed, 4, [520, 610])).toBe(zoomed);
    expect(followPoint(projection, zoomed, 4, [620, 610])).toEqual(viewBoxAt(projection, 4, [620, 610]));
  });
});
