"use client";

import "leaflet/dist/leaflet.css";
import "leaflet.markercluster/dist/MarkerCluster.css";
import "leaflet.markercluster/dist/MarkerCluster.Default.css";
import { useEffect, useRef } from "react";
import type { Map as LeafletMap } from "leaflet";
import type { MapMarker } from "@/lib/directory/queries";

type Props = {
  markers: (MapMarker & { href: string })[];
  tileUrl: string | null;
  tileAttribution: string | null;
  label: string;
};

// Kota Malang's centre; the map fits the markers when there are any.
const MALANG_CENTER: [number, number] = [-7.9797, 112.6304];

/** Leaflet with clustered markers. Loaded only on the map page; the list beside it works without it. */
export function ListingMap({ markers, tileUrl, tileAttribution, label }: Props) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let map: LeafletMap | undefined;
    let isCancelled = false;
    (async () => {
      const L = (await import("leaflet")).default;
      await import("leaflet.markercluster");
      if (isCancelled || !container.current) return;
      map = L.map(container.current, { center: MALANG_CENTER, zoom: 13, maxZoom: 19, keyboard: true });
      if (tileUrl) L.tileLayer(tileUrl, { attribution: tileAttribution ?? "", maxZoom: 19 }).addTo(map);
      const cluster = L.markerClusterGroup({ chunkedLoading: true });
      for (const marker of markers) {
        const link = document.createElement("a");
        link.href = marker.href;
        link.textContent = marker.name; // text, never HTML
        cluster.addLayer(
          L.circleMarker([marker.latitude, marker.longitude], { radius: 7, color: "#0b4737", weight: 2 }).bindPopup(
            link,
          ),
        );
      }
      map.addLayer(cluster);
      if (markers.length > 0) map.fitBounds(cluster.getBounds(), { padding: [24, 24], maxZoom: 15 });
    })();
    return () => {
      isCancelled = true;
      map?.remove();
    };
  }, [markers, tileUrl, tileAttribution]);

  return (
    <div
      ref={container}
      role="region"
      aria-label={label}
      className="h-[28rem] w-full rounded border border-slate-300 bg-slate-100"
    />
  );
}
