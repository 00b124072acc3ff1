"use client";

import { useEffect } from "react";

/**
 * The inbox's keyboard shortcuts (documented on the page): j / k move the focus to the next / previous task's
 * link, Enter opens it (the link's own behaviour), t takes the focused task. Keys typed into a form field, or with
 * a modifier, are left alone.
 */
export function InboxShortcuts() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, select, textarea, [contenteditable='true']")) return;
      const links = [...document.querySelectorAll<HTMLAnchorElement>("[data-inbox-open]")];
      if (links.length === 0) return;
      const current = links.findIndex((link) => link === document.activeElement);
      if (event.key === "j" || event.key === "k") {
        event.preventDefault();
        const step = event.key === "j" ? 1 : -1;
        const next = current === -1 ? 0 : Math.min(links.length - 1, Math.max(0, current + step));
        links[next]?.focus();
        links[next]?.scrollIntoView({ block: "nearest" });
      } else if (event.key === "t" && current !== -1) {
        const take = links[current]
          ?.closest("[data-inbox-item]")
          ?.querySelector<HTMLButtonElement>("[data-inbox-take]");
        if (take) {
          event.preventDefault();
          take.click();
        }
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
  return null;
}
