"use client";

import { useEffect, useState } from "react";

/**
 * The address of what is on screen, as a plain link anyone can copy, and — once scripts run
 * and the browser offers the Clipboard API — a button that copies it and says so, on screen
 * and to assistive technology.
 */
export function CopyLink({ href, label }: { href: string; label: string }) {
  const [canCopy, setCanCopy] = useState(false);
  const [message, setMessage] = useState("");

  useEffect(() => {
    setCanCopy(typeof navigator !== "undefined" && typeof navigator.clipboard?.writeText === "function");
  }, []);

  async function copy() {
    setMessage("");
    try {
      await navigator.clipboard.writeText(new URL(href, window.location.href).href);
      setMessage("Link copied");
    } catch {
      setMessage("Could not copy: copy the link beside the button instead.");
    }
  }

  return (
    <div className="no-print flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <a href={href}>{label}</a>
      {canCopy && (
        <button type="button" onClick={copy} className="rounded border border-ink bg-surface px-2.5 py-1 font-medium hover:bg-paper">
          Copy link
        </button>
      )}
      <span role="status" className="font-medium">
        {message}
      </span>
    </div>
  );
}
