import type { ReactNode } from "react";
import { boxesOverlap, createProjection, type Outline } from "@/lib/geo/outlines";
import type { BoundingBox } from "@/lib/geo/point-in-polygon";

export type AreaMapPoint = { latitude: number; longitude: number };

type AreaMapProps = {
  view: BoundingBox;
  /** Width of the drawing in its own units; the SVG scales to its container. */
  width: number;
  title: string;
  kecamatan: Outline[];
  kelurahan: Outline[];
  /** The kelurahan to stand out (a profile's own). */
  highlightCode?: string | null;
  /** Fill per area code (a choropleth); areas without one stay white. */
  fills?: ReadonlyMap<string, string>;
  labels?: "kecamatan" | "kelurahan" | "none";
  points?: AreaMapPoint[];
  /** Radius of a point in the drawing's units (default: a sixtieth of the width). */
  pointRadius?: number;
  /**
   * Draw the points binned into square cells of this size (drawing units), one dot per cell, larger where more
   * points fall: a preview of 10,000 listings stays a few hundred elements.
   */
  pointCell?: number;
  className?: string;
  /** Extra drawing on top (e.g. links), in the same projection's units. */
  children?: ReactNode;
};

/**
 * Kota Malang's kelurahan and kecamatan drawn as inline SVG on the server: no script, no tile server, no request.
 * Used for the profile's mini map, the previews, the statistics choropleth and the map page's base layer without
 * JavaScript.
 */
export function AreaMap({
  view,
  width,
  title,
  kecamatan,
  kelurahan,
  highlightCode,
  fills,
  labels = "kecamatan",
  points = [],
  pointRadius,
  pointCell,
  className,
  children,
}: AreaMapProps) {
  const { height, project, pathOf } = createProjection(view, width);
  const visible = (outline: Outline) => boxesOverlap(outline.box, view);
  const fontSize = Math.max(9, Math.round(width / 32));
  const labelled = labels === "kecamatan" ? kecamatan : labels === "kelurahan" ? kelurahan : [];
  // A name whose anchor is near the edge would be cut off: only names well inside the view are written.
  const inner = {
    west: view.west + (view.east - view.west) * 0.1,
    east: view.east - (view.east - view.west) * 0.1,
    south: view.south + (view.north - view.south) * 0.06,
    north: view.north - (view.north - view.south) * 0.06,
  };
  const isWellInside = ([lng, lat]: readonly [number, number]) =>
    lng >= inner.west && lng <= inner.east && lat >= inner.south && lat <= inner.north;

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={title}
      className={className}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title>{title}</title>
      <rect width={width} height={height} fill="#eef4f1" />
      <g strokeLinejoin="round" fillRule="evenodd">
        {kelurahan.filter(visible).map((outline) => (
          <path
            key={outline.code}
            d={pathOf(outline.polygons)}
            fill={
              outline.code === highlightCode ? "#fde68a" : (fills?.get(outline.code) ?? (fills ? "#ffffff" : "#fbfdfc"))
            }
            stroke="#94a3b8"
            strokeWidth={outline.code === highlightCode ? 1.5 : 0.6}
            data-kode={outline.code}
          >
            <title>{outline.name}</title>
          </path>
        ))}
        {kecamatan.filter(visible).map((outline) => (
          <path
            key={outline.code}
            d={pathOf(outline.polygons)}
            fill={fills?.get(outline.code) ?? (kelurahan.length === 0 ? "#ffffff" : "none")}
            stroke={fills ? "#1e293b" : "#0b4737"}
            strokeWidth={1.6}
            data-kode={outline.code}
          >
            <title>{outline.name}</title>
          </path>
        ))}
      </g>
      {/* Shared attributes on the group: a preview draws every listing, and per-point attributes added up. */}
      <g fill="#b91c1c" stroke="#ffffff" strokeWidth={2} aria-hidden="true">
        {dotsOf(points, project, pointCell).map((dot, index) => {
          const radius = pointRadius ?? Math.max(4, width / 60);
          return (
            <circle
              key={index}
              cx={dot.x}
              cy={dot.y}
              r={dot.count === 1 ? radius : Math.round(radius * Math.min(2.5, 1 + Math.log10(dot.count)) * 10) / 10}
            />
          );
        })}
      </g>
      <g
        fontSize={fontSize}
        fontWeight={600}
        textAnchor="middle"
        fill="#0f172a"
        stroke="#ffffff"
        strokeWidth={3}
        paintOrder="stroke"
        aria-hidden="true"
      >
        {labelled
          .filter((outline) => isWellInside(outline.label))
          .map((outline) => {
            const [x, y] = project(outline.label);
            const isHighlighted = outline.code === highlightCode;
            return (
              <text
                key={outline.code}
                x={x}
                y={y}
                dominantBaseline="middle"
                fontSize={isHighlighted ? fontSize * 1.25 : undefined}
                fontWeight={isHighlighted ? 700 : undefined}
                fill={isHighlighted ? "#0f172a" : "#475569"}
              >
                {outline.name}
              </text>
            );
          })}
      </g>
      {children}
    </svg>
  );
}

type Dot = { x: number; y: number; count: number };

function dotsOf(
  points: AreaMapPoint[],
  project: (position: [number, number]) => readonly [number, number],
  cell: number | undefined,
): Dot[] {
  const projected = points.map((point) => project([point.longitude, point.latitude]));
  if (!cell) return projected.map(([x, y]) => ({ x, y, count: 1 }));
  const cells = new Map<string, Dot>();
  for (const [x, y] of projected) {
    const column = Math.floor(x / cell);
    const row = Math.floor(y / cell);
    const key = `${column}:${row}`;
    const dot = cells.get(key);
    if (dot) dot.count += 1;
    else cells.set(key, { x: (column + 0.5) * cell, y: (row + 0.5) * cell, count: 1 });
  }
  return [...cells.values()];
}
