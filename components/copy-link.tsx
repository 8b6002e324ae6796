"use client";

import { useClipboard } from "./use-clipboard";

/**
 * The address of what is on screen, as a plain link anyone can copy, and — once scripts run
 * and the browser offers the Clipboard API — a button that copies it and says so, on screen
 * and to assistive technology.
 */
export function CopyLink({ href, label }: { href: string; label: string }) {
  const { canCopy, message, copy } = useClipboard({ copied: "Link copied", failed: "Could not copy: copy the link beside the button instead." });

  return (
    <div className="no-print flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <a href={href}>{label}</a>
      {canCopy && (
        <button type="button" onClick={() => copy(new URL(href, window.location.href).href)} className="rounded border border-ink bg-surface px-2.5 py-1 font-medium hover:bg-paper">
          Copy link
        </button>
      )}
      <span role="status" className="font-medium">
        {message}
      </span>
    </div>
  );
}
