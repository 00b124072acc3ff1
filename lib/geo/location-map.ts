import { getMalangAreas, findKelurahanAt } from "./malang-areas";
import { boxesOverlap, createProjection, getOutlines, padBox, type Outline } from "./outlines";

// Fine enough to follow a kelurahan's street-scale edges in a 320-unit drawing, coarse enough to stay small.
const LOCATION_MAP_TOLERANCE = 0.00004;
export const LOCATION_MAP_WIDTH = 320;

export type LocationMapPlan = {
  kelurahan: Outline;
  kecamatan: Outline | null;
  width: number;
  height: number;
};

/** The kelurahan a point lies in and the size of the drawing around it; null outside Kota Malang. */
export function planLocationMap(latitude: number, longitude: number): LocationMapPlan | null {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  const area = findKelurahanAt(getMalangAreas(), longitude, latitude);
  if (!area) return null;
  const outlines = getOutlines(LOCATION_MAP_TOLERANCE);
  const kelurahan = outlines.kelurahan.find((outline) => outline.code === area.code);
  if (!kelurahan) return null;
  const kecamatan = outlines.kecamatan.find((outline) => outline.code === kelurahan.kecamatanCode) ?? null;
  const { height } = createProjection(padBox(kelurahan.box, 0.35), LOCATION_MAP_WIDTH);
  return { kelurahan, kecamatan, width: LOCATION_MAP_WIDTH, height };
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * A profile's small location map as a standalone SVG image: the point's kelurahan highlighted among its neighbours,
 * kecamatan borders, kelurahan names and the point. An image of its own (not inline SVG) so a profile page stays
 * small and the map is cached by the browser like any picture; it needs no script and no tile server.
 */
export function renderLocationMapSvg(latitude: number, longitude: number): string | null {
  const plan = planLocationMap(latitude, longitude);
  if (!plan) return null;
  const outlines = getOutlines(LOCATION_MAP_TOLERANCE);
  const view = padBox(plan.kelurahan.box, 0.35);
  const { width, height, project, pathOf } = createProjection(view, plan.width);
  const visible = (outline: Outline) => boxesOverlap(outline.box, view);
  const fontSize = Math.max(9, Math.round(width / 32));
  const inner = padBox(view, -0.1);
  const isWellInside = ([lng, lat]: readonly [number, number]) =>
    lng >= inner.west && lng <= inner.east && lat >= inner.south && lat <= inner.north;
  const [x, y] = project([longitude, latitude]);

  const kelurahanPaths = outlines.kelurahan.filter(visible).map((outline) => {
    const isOwn = outline.code === plan.kelurahan.code;
    return `<path d="${pathOf(outline.polygons)}" fill="${isOwn ? "#fde68a" : "#fbfdfc"}" stroke="#94a3b8" stroke-width="${isOwn ? 1.5 : 0.6}"/>`;
  });
  const kecamatanPaths = outlines.kecamatan
    .filter(visible)
    .map((outline) => `<path d="${pathOf(outline.polygons)}" fill="none" stroke="#0b4737" stroke-width="1.6"/>`);
  const labels = outlines.kelurahan
    .filter((outline) => visible(outline) && isWellInside(outline.label))
    .map((outline) => {
      const [labelX, labelY] = project(outline.label);
      const isOwn = outline.code === plan.kelurahan.code;
      const emphasis = isOwn ? ` font-size="${fontSize * 1.25}" font-weight="700" fill="#0f172a"` : "";
      return `<text x="${labelX}" y="${labelY}"${emphasis}>${escapeXml(outline.name)}</text>`;
    });

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    `<rect width="${width}" height="${height}" fill="#eef4f1"/>`,
    `<g stroke-linejoin="round" fill-rule="evenodd">${kelurahanPaths.join("")}${kecamatanPaths.join("")}</g>`,
    `<circle cx="${x}" cy="${y}" r="${Math.max(4, width / 60)}" fill="#b91c1c" stroke="#ffffff" stroke-width="2"/>`,
    `<g font-family="system-ui, sans-serif" font-size="${fontSize}" font-weight="600" text-anchor="middle" dominant-baseline="middle" fill="#475569" stroke="#ffffff" stroke-width="3" paint-order="stroke">${labels.join("")}</g>`,
    `</svg>`,
  ].join("");
}
