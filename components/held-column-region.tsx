"use client";

import type { ReactNode } from "react";

// Room for the focus outline (3 px) and its offset (2 px): app/globals.css.
const RING = 6;

/**
 * Scrolls a sideways-scrolling table so that `target`, just focused, shows whole: clear of
 * the row header held at the left (position: sticky) and of the region's right edge. The
 * browser's own scrolling on focus knows nothing of a held column, and leaves alone an
 * element it can see a sliver of, so tabbing back along a row hid each cell under the header.
 */
export function revealBesideHeldColumn(region: HTMLElement, target: EventTarget | null) {
  if (!(target instanceof HTMLElement) || target === region) return;
  const frame = region.getBoundingClientRect();
  const header = target.closest("tr")?.querySelector<HTMLElement>(":scope > th");
  const held = header && !header.contains(target) && getComputedStyle(header).position === "sticky";
  const left = held ? header.getBoundingClientRect().right : frame.left + region.clientLeft;
  const right = frame.left + region.clientLeft + region.clientWidth;
  const box = target.getBoundingClientRect();
  if (box.left - RING < left) region.scrollLeft -= left - (box.left - RING);
  else if (box.right + RING > right) region.scrollLeft += Math.min(box.right + RING - right, box.left - RING - left);
}

/** A focusable region that scrolls its wide table sideways, keeping whatever is focused in it in view. */
export function HeldColumnRegion({ label, className, children }: { label: string; className: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={className} onFocus={(e) => revealBesideHeldColumn(e.currentTarget, e.target)}>
      {children}
    </div>
  );
}
