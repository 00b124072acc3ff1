"use client";

import { useEffect, useRef } from "react";
import { apiRoutes } from "@/lib/site/routes";

/**
 * Counts one profile view from the browser, after the (cached, static) page has loaded: the page itself stays
 * cacheable and nothing about the visitor is sent or stored. Renders nothing.
 */
export function ViewBeacon({ listingId }: { listingId: string }) {
  // React's development double-run of effects must not count a view twice.
  const sentFor = useRef<string | null>(null);
  useEffect(() => {
    if (sentFor.current === listingId) return;
    sentFor.current = listingId;
    const url = apiRoutes.listingViews(listingId);
    const isQueued = typeof navigator.sendBeacon === "function" && navigator.sendBeacon(url);
    if (!isQueued) fetch(url, { method: "POST", keepalive: true, credentials: "omit" }).catch(() => {});
  }, [listingId]);
  return null;
}
