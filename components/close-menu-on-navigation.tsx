"use client";

import { useEffect, useRef } from "react";
import { usePathname } from "next/navigation";

/**
 * Placed inside the phone menu's <details>: the header stays mounted across client-side navigations, so without
 * this the menu would still be open over the page a person just chose from it. Only a change of page closes it:
 * on a slow phone a person may open the menu before the page has hydrated, and mounting must not shut it on them.
 */
export function CloseMenuOnNavigation() {
  const pathname = usePathname();
  const marker = useRef<HTMLSpanElement>(null);
  const shownPathname = useRef(pathname);
  useEffect(() => {
    if (shownPathname.current === pathname) return;
    shownPathname.current = pathname;
    marker.current?.closest("details")?.removeAttribute("open");
  }, [pathname]);
  return <span ref={marker} hidden />;
}
