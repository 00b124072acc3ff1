"use client";

import { useEffect, useRef } from "react";
import { usePathname } from "next/navigation";

/**
 * Placed inside the phone menu's <details>: the header stays mounted across client-side navigations, so without
 * this the menu would still be open over the page a person just chose from it.
 */
export function CloseMenuOnNavigation() {
  const pathname = usePathname();
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    marker.current?.closest("details")?.removeAttribute("open");
  }, [pathname]);
  return <span ref={marker} hidden />;
}
