"use client";

import { useClipboard } from "./use-clipboard";

/**
 * A button that copies the text of the element `targetId` names and says so, on screen and to
 * assistive technology. It appears only once scripts run and the browser offers the Clipboard
 * API; the text itself can always be selected.
 */
export function CopyText({ targetId, label }: { targetId: string; label: string }) {
  const { canCopy, message, copy } = useClipboard({ copied: "Copied", failed: "Could not copy: select the text instead." });

  return (
    <div className="no-print mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      {canCopy && (
        <button type="button" onClick={() => copy(document.getElementById(targetId)?.textContent ?? "")} className="rounded border border-ink bg-surface px-2.5 py-1 font-medium hover:bg-paper">
          {label}
        </button>
      )}
      <span role="status" className="font-medium">
        {message}
      </span>
    </div>
  );
}
