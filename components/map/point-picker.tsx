"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { useTranslations } from "next-intl";
import {
  PICKER_ZOOM_LEVELS,
  followPoint,
  projectPoint,
  stepPoint,
  unprojectPoint,
  viewBoxAt,
  type LatLng,
  type PickerMap,
  type ViewBox,
} from "@/lib/geo/picker-view";

type Props = {
  map: PickerMap;
  /** The point the coordinate fields hold, or null while they are empty or not numbers. */
  point: LatLng | null;
  onPick: (point: LatLng) => void;
  /** The kelurahan the point lies in, drawn highlighted. */
  highlightCode?: string;
};

// A tap that moves less than this (in CSS pixels) between press and release is a tap, not a scroll or a pinch.
const TAP_SLOP = 8;

/**
 * The listing forms' point picker: the city's kecamatan and kelurahan outlines; a click or tap places the point,
 * the marker can be dragged (pointer events: mouse, pen and touch), arrow keys move it while the map has focus, and
 * the +/− buttons zoom around the point so that it can be placed within a kelurahan on a phone.
 */
export function PointPicker({ map, point, onPick, highlightCode }: Props) {
  const t = useTranslations("ListingForm.picker");
  const helpId = useId();
  const { projection } = map;
  const [zoomIndex, setZoomIndex] = useState(0);
  const zoom = PICKER_ZOOM_LEVELS[zoomIndex] ?? 1;
  const [storedView, setStoredView] = useState<ViewBox>(() =>
    viewBoxAt(projection, 1, [projection.width / 2, projection.height / 2]),
  );
  const [widthPx, setWidthPx] = useState(360);
  const surface = useRef<HTMLDivElement>(null);
  const press = useRef<{ pointerId: number; x: number; y: number } | null>(null);
  const drag = useRef<number | null>(null);

  useEffect(() => {
    const element = surface.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidthPx(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const marker = point ? projectPoint(projection, point) : null;
  // A point typed outside the part shown brings the view to it.
  const view = marker && !isInView(storedView, marker) ? viewBoxAt(projection, zoom, marker) : storedView;
  const unitsPerPixel = view.width / widthPx;

  const pickAt = (clientX: number, clientY: number) => {
    const rect = surface.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return;
    const within = (value: number, low: number, size: number) => Math.min(Math.max(value - low, 0), size);
    const x = view.x + (within(clientX, rect.left, rect.width) / rect.width) * view.width;
    const y = view.y + (within(clientY, rect.top, rect.height) / rect.height) * view.height;
    setStoredView(view);
    onPick(unprojectPoint(projection, x, y));
  };

  const zoomTo = (index: number) => {
    const next = Math.min(Math.max(index, 0), PICKER_ZOOM_LEVELS.length - 1);
    const nextZoom = PICKER_ZOOM_LEVELS[next] ?? 1;
    const center: [number, number] = marker ?? [view.x + view.width / 2, view.y + view.height / 2];
    setZoomIndex(next);
    setStoredView(viewBoxAt(projection, nextZoom, center));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const zoomStep = event.key === "+" || event.key === "=" ? 1 : event.key === "-" ? -1 : 0;
    if (zoomStep !== 0) {
      event.preventDefault();
      zoomTo(zoomIndex + zoomStep);
      return;
    }
    // Without a point yet, the first arrow key places it in the middle of the view.
    const next = point
      ? stepPoint(point, event.key, { zoom, isLarge: event.shiftKey, xScale: projection.xScale })
      : event.key.startsWith("Arrow")
        ? unprojectPoint(projection, view.x + view.width / 2, view.y + view.height / 2)
        : null;
    if (!next) return;
    event.preventDefault();
    setStoredView(followPoint(projection, view, zoom, projectPoint(projection, next)));
    onPick(next);
  };

  const onSurfacePointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    press.current = { pointerId: event.pointerId, x: event.clientX, y: event.clientY };
  };
  const onSurfacePointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const start = press.current;
    press.current = null;
    if (drag.current !== null || !start || start.pointerId !== event.pointerId) return;
    if (Math.hypot(event.clientX - start.x, event.clientY - start.y) > TAP_SLOP) return;
    pickAt(event.clientX, event.clientY);
  };

  const onMarkerPointerDown = (event: PointerEvent<HTMLSpanElement>) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = event.pointerId;
    surface.current?.focus({ preventScroll: true });
  };
  const onMarkerPointerMove = (event: PointerEvent<HTMLSpanElement>) => {
    if (drag.current === event.pointerId) pickAt(event.clientX, event.clientY);
  };
  const onMarkerPointerEnd = (event: PointerEvent<HTMLSpanElement>) => {
    if (drag.current !== event.pointerId) return;
    drag.current = null;
    event.stopPropagation();
  };

  const fontSize = (pixels: number) => pixels * unitsPerPixel;
  const showKelurahanNames = zoom >= 4;
  const buttonClass =
    "inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-slate-400 bg-white px-3 font-semibold text-brand-900 hover:bg-brand-50 disabled:opacity-40";

  return (
    <div className="space-y-2">
      {/* The instructions come before the map: on a phone, what the point lies in then follows the map directly. */}
      <p id={helpId} className="text-sm text-slate-600">
        {t("help")}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={buttonClass}
          onClick={() => zoomTo(zoomIndex + 1)}
          disabled={zoomIndex === PICKER_ZOOM_LEVELS.length - 1}
          aria-label={t("zoomIn")}
        >
          <span aria-hidden="true" className="text-xl leading-none">
            +
          </span>
        </button>
        <button
          type="button"
          className={buttonClass}
          onClick={() => zoomTo(zoomIndex - 1)}
          disabled={zoomIndex === 0}
          aria-label={t("zoomOut")}
        >
          <span aria-hidden="true" className="text-xl leading-none">
            −
          </span>
        </button>
        <button type="button" className={buttonClass} onClick={() => zoomTo(0)} disabled={zoomIndex === 0}>
          {t("zoomAll")}
        </button>
        <span className="text-sm text-slate-600">{t("zoomLevel", { zoom })}</span>
      </div>
      <div
        ref={surface}
        role="application"
        tabIndex={0}
        aria-label={t("label")}
        aria-describedby={helpId}
        onKeyDown={onKeyDown}
        onPointerDown={onSurfacePointerDown}
        onPointerUp={onSurfacePointerUp}
        onPointerCancel={() => (press.current = null)}
        className="relative w-full cursor-crosshair touch-manipulation overflow-hidden rounded border border-slate-400 bg-[#eef4f1] outline-offset-2 select-none focus-visible:outline-3 focus-visible:outline-brand-700"
        style={{ aspectRatio: `${projection.width} / ${projection.height}` }}
      >
        <svg
          viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
          preserveAspectRatio="none"
          className="absolute inset-0 h-full w-full"
          aria-hidden="true"
        >
          <g strokeLinejoin="round" fillRule="evenodd">
            {map.kelurahan.map((area) => (
              <path
                key={area.code}
                d={area.d}
                fill={area.code === highlightCode ? "#fde68a" : "#fbfdfc"}
                stroke="#94a3b8"
                strokeWidth={area.code === highlightCode ? 1.5 : 0.75}
                vectorEffect="non-scaling-stroke"
              />
            ))}
            {map.kecamatan.map((area) => (
              <path
                key={area.code}
                d={area.d}
                fill="none"
                stroke="#0b4737"
                strokeWidth={1.75}
                vectorEffect="non-scaling-stroke"
              />
            ))}
          </g>
          <g
            fontFamily="system-ui, sans-serif"
            fontWeight={600}
            textAnchor="middle"
            dominantBaseline="middle"
            stroke="#ffffff"
            paintOrder="stroke"
            className="pointer-events-none"
          >
            {showKelurahanNames
              ? map.kelurahan.map((area) => (
                  <text
                    key={area.code}
                    x={area.label[0]}
                    y={area.label[1]}
                    fontSize={fontSize(12)}
                    strokeWidth={fontSize(3)}
                    fill={area.code === highlightCode ? "#0f172a" : "#475569"}
                  >
                    {area.name}
                  </text>
                ))
              : map.kecamatan.map((area) => (
                  <text
                    key={area.code}
                    x={area.label[0]}
                    y={area.label[1]}
                    fontSize={fontSize(13)}
                    strokeWidth={fontSize(3)}
                    fill="#0b4737"
                  >
                    {area.name}
                  </text>
                ))}
          </g>
        </svg>
        {marker ? (
          <span
            data-testid="point-picker-marker"
            onPointerDown={onMarkerPointerDown}
            onPointerMove={onMarkerPointerMove}
            onPointerUp={onMarkerPointerEnd}
            onPointerCancel={onMarkerPointerEnd}
            className="absolute flex h-11 w-11 -translate-x-1/2 -translate-y-1/2 cursor-grab touch-none items-center justify-center active:cursor-grabbing"
            style={{
              left: `${((marker[0] - view.x) / view.width) * 100}%`,
              top: `${((marker[1] - view.y) / view.height) * 100}%`,
            }}
          >
            <span className="block h-4 w-4 rounded-full border-2 border-white bg-red-700 shadow-[0_0_0_1px_#7f1d1d]" />
          </span>
        ) : null}
      </div>
    </div>
  );
}

function isInView(view: ViewBox, [x, y]: [number, number]) {
  return x >= view.x && x <= view.x + view.width && y >= view.y && y <= view.y + view.height;
}
