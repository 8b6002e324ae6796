"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { revealBesideHeldColumn } from "../held-column-region";

type Tip = { text: string; left: number; width: number; top?: number; bottom?: number };

const WIDTH = 320;
const GAP = 6;
const DESCRIBED_LINK = "a[aria-describedby]";

/**
 * A horizontally scrolling region that shows, beside whichever link is hovered or focused,
 * the text of the element its `aria-describedby` names, which assistive technology reads
 * without this island; the bubble is for sighted readers. It stays while hovered, follows its link when the
 * page scrolls, and Escape dismisses it. It is fixed-positioned so the scrolling region
 * cannot clip it.
 */
export function SummaryTooltips({ label, children }: { label: string; children: ReactNode }) {
  const [tip, setTip] = useState<Tip | null>(null);
  const trigger = useRef<HTMLElement | null>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const cancelHide = () => clearTimeout(hideTimer.current);
  const hide = () => {
    cancelHide();
    trigger.current = null;
    setTip(null);
  };
  const hideSoon = () => {
    cancelHide();
    hideTimer.current = setTimeout(hide, 120);
  };

  function place(el: HTMLElement) {
    const describedBy = el.getAttribute("aria-describedby");
    const text = describedBy ? document.getElementById(describedBy)?.textContent : null;
    if (!text) return hide();
    const rect = el.getBoundingClientRect();
    if (rect.bottom < 0 || rect.top > window.innerHeight) return setTip(null);
    const width = Math.min(WIDTH, window.innerWidth - 16);
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
    const below = rect.bottom < window.innerHeight * 0.6;
    setTip(below ? { text, left, width, top: rect.bottom + GAP } : { text, left, width, bottom: window.innerHeight - rect.top + GAP });
  }

  function showFor(target: EventTarget | null) {
    const el = target instanceof Element ? target.closest<HTMLElement>(DESCRIBED_LINK) : null;
    if (!el) return;
    cancelHide();
    trigger.current = el;
    place(el);
  }

  useEffect(() => {
    // A reader may have tabbed into the table before this island woke up.
    if (document.activeElement?.closest(DESCRIBED_LINK)) showFor(document.activeElement);
    let frame = 0;
    const follow = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => trigger.current && place(trigger.current));
    };
    window.addEventListener("scroll", follow, { passive: true, capture: true });
    window.addEventListener("resize", follow);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(hideTimer.current);
      window.removeEventListener("scroll", follow, { capture: true });
      window.removeEventListener("resize", follow);
    };
  }, []);

  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="matrix-scroll relative overflow-x-auto rounded border border-line bg-surface"
      onPointerOver={(e) => showFor(e.target)}
      onPointerOut={hideSoon}
      onFocus={(e) => {
        revealBesideHeldColumn(e.currentTarget, e.target);
        showFor(e.target);
      }}
      onBlur={hide}
      onKeyDown={(e) => {
        if (e.key === "Escape") hide();
      }}
    >
      {children}
      {tip && (
        <div
          aria-hidden="true"
          className="no-print fixed z-40 rounded border border-muted bg-surface p-3 text-sm leading-snug text-ink shadow-lg"
          style={{ left: tip.left, top: tip.top, bottom: tip.bottom, width: tip.width }}
          onPointerEnter={cancelHide}
          onPointerLeave={hideSoon}
        >
          {tip.text}
        </div>
      )}
    </div>
  );
}
