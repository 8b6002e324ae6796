"use client";

import { useEffect, useState } from "react";

/**
 * Copying to the clipboard, for the buttons that do it: whether the browser offers the
 * Clipboard API (known only once scripts run, so the button appears then), and the message
 * that says what happened, for a `role="status"` beside the button.
 */
export function useClipboard({ copied, failed }: { copied: string; failed: string }) {
  const [canCopy, setCanCopy] = useState(false);
  const [message, setMessage] = useState("");

  useEffect(() => {
    setCanCopy(typeof navigator !== "undefined" && typeof navigator.clipboard?.writeText === "function");
  }, []);

  async function copy(text: string) {
    setMessage("");
    try {
      await navigator.clipboard.writeText(text);
      setMessage(copied);
    } catch {
      setMessage(failed);
    }
  }

  return { canCopy, message, copy };
}
