"use client";

import "leaflet/dist/leaflet.css";
import "leaflet.markercluster/dist/MarkerCluster.css";
import "leaflet.markercluster/dist/MarkerCluster.Default.css";
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { Map as LeafletMap, MarkerCluster } from "leaflet";

type Marker = { name: string; latitude: number; longitude: number; href: string };

type Props = {
  /** The markers as JSON (app/api/peta, with the page's filters): fetched after the page loaded, not in its HTML. */
  markersUrl: string;
  tileUrl: string | null;
  tileAttribution: string | null;
  /** The portal's own GeoJSON of the kecamatan and kelurahan (app/api/wilayah). */
  baseLayerUrl: string;
  boundaryAttribution: string;
  label: string;
  /** "{count} …": the accessible name of a cluster. */
  clusterLabel: string;
  /** Drawn on the server: shown until the interactive map has loaded, and without JavaScript. */
  fallback: ReactNode;
};

type AreaFeature = {
  type: "Feature";
  properties: { kode: string; nama: string; tingkat: "kecamatan" | "kelurahan"; label: [number, number] };
  geometry: { type: "MultiPolygon"; coordinates: number[][][][] };
};

// Kota Malang's centre; the map fits the city's outline.
const MALANG_CENTER: [number, number] = [-7.9797, 112.6304];
const KELURAHAN_LABEL_ZOOM = 14;

/**
 * Leaflet over the portal's own base layer (kecamatan and kelurahan outlines and names), tiles under it only when
 * MAP_TILE_URL is set. Every marker and cluster is a focusable button with a name; Enter opens a marker's popup and
 * moves focus to its link, or zooms into a cluster.
 */
export function ListingMap({
  markersUrl,
  tileUrl,
  tileAttribution,
  baseLayerUrl,
  boundaryAttribution,
  label,
  clusterLabel,
  fallback,
}: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [isReady, setIsReady] = useState(false);

  useEffect(() => {
    let map: LeafletMap | undefined;
    let isCancelled = false;
    (async () => {
      const L = (await import("leaflet")).default;
      await import("leaflet.markercluster");
      const [response, markersResponse] = await Promise.all([
        fetch(baseLayerUrl).catch(() => null),
        fetch(markersUrl).catch(() => null),
      ]);
      const areas = response?.ok ? ((await response.json()) as { features: AreaFeature[] }).features : [];
      const markers = markersResponse?.ok ? ((await markersResponse.json()) as Marker[]) : [];
      await yieldToMain();
      if (isCancelled || !container.current) return;
      map = L.map(container.current, {
        center: MALANG_CENTER,
        zoom: 12,
        maxZoom: 19,
        keyboard: true,
        zoomSnap: 0.25,
        zoomDelta: 0.5,
      });
      map.attributionControl.setPrefix(false);
      map.attributionControl.addAttribution(boundaryAttribution);
      if (tileUrl) L.tileLayer(tileUrl, { attribution: tileAttribution ?? "", maxZoom: 19 }).addTo(map);

      const kelurahan = areas.filter((feature) => feature.properties.tingkat === "kelurahan");
      const kecamatan = areas.filter((feature) => feature.properties.tingkat === "kecamatan");
      const kelurahanLayer = L.geoJSON(kelurahan as never, {
        interactive: false,
        style: { color: "#94a3b8", weight: 1, fillColor: "#ffffff", fillOpacity: tileUrl ? 0 : 1 },
      }).addTo(map);
      L.geoJSON(kecamatan as never, {
        interactive: false,
        style: { color: "#0b4737", weight: 2.5, fill: false },
      }).addTo(map);
      const nameLabel = (feature: AreaFeature, className: string) =>
        L.marker([feature.properties.label[1], feature.properties.label[0]], {
          interactive: false,
          keyboard: false,
          icon: L.divIcon({ className, html: textElement(feature.properties.nama), iconSize: undefined }),
        });
      L.layerGroup(kecamatan.map((feature) => nameLabel(feature, "map-label map-label-kecamatan"))).addTo(map);
      const kelurahanLabels = L.layerGroup(kelurahan.map((feature) => nameLabel(feature, "map-label")));
      const showKelurahanLabels = () => {
        if (!map) return;
        if (map.getZoom() >= KELURAHAN_LABEL_ZOOM) kelurahanLabels.addTo(map);
        else kelurahanLabels.remove();
      };
      map.on("zoomend", showKelurahanLabels);
      if (areas.length > 0) map.fitBounds(kelurahanLayer.getBounds(), { padding: [8, 8] });
      await yieldToMain();
      if (isCancelled) return;

      const cluster = L.markerClusterGroup({
        chunkedLoading: true,
        iconCreateFunction: (group: MarkerCluster) => {
          const count = group.getChildCount();
          // The stylesheet's structure (div > span) keeps the number centred; the name is for screen readers.
          const html = document.createElement("div");
          html.append(
            textElement(String(count), true),
            textElement(clusterLabel.replace("{count}", String(count)), false, "sr-only"),
          );
          const size = count < 10 ? "small" : count < 100 ? "medium" : "large";
          return L.divIcon({ html, className: `marker-cluster marker-cluster-${size}`, iconSize: L.point(40, 40) });
        },
      });
      const points = markers.map((marker) => {
        const link = document.createElement("a");
        link.href = marker.href;
        link.textContent = marker.name; // text, never HTML
        const point = L.marker([marker.latitude, marker.longitude], {
          title: marker.name,
          keyboard: true,
          icon: L.divIcon({
            className: "listing-marker",
            html: textElement(marker.name, false, "sr-only"),
            iconSize: L.point(18, 18),
          }),
        }).bindPopup(link);
        point.on("popupopen", () => link.focus());
        return point;
      });
      // On the map first, then the markers in one `addLayers`: only that call is split into short tasks
      // (chunkedLoading), so a phone's main thread never stalls on a few hundred markers.
      map.addLayer(cluster);
      cluster.addLayers(points);
      setIsReady(true);
    })();
    return () => {
      isCancelled = true;
      map?.remove();
    };
  }, [markersUrl, tileUrl, tileAttribution, baseLayerUrl, boundaryAttribution, clusterLabel]);

  return (
    <div className="relative">
      <div
        ref={container}
        role="region"
        aria-label={label}
        className="h-[28rem] w-full rounded border border-slate-300 bg-[#eef4f1] md:h-[34rem]"
      />
      {isReady ? null : <div className="absolute inset-0 overflow-hidden rounded bg-[#eef4f1]">{fallback}</div>}
    </div>
  );
}

/** Ends the current task so input and painting can run between the map's set-up steps (long tasks on phones). */
function yieldToMain(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function textElement(text: string, isHidden = false, className?: string): HTMLElement {
  const span = document.createElement("span");
  span.textContent = text;
  if (isHidden) span.setAttribute("aria-hidden", "true");
  if (className) span.className = className;
  return span;
}
