"use client";
// The outcome of an account form's last submission: announced politely, and where focus goes
// once the server has answered. Submitting disables the button, which drops focus to the
// page's body; a keyboard user is brought back to the first field to correct, or to the
// outcome itself.
import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/auth/form-state";

/** The outcome of the last submission, announced politely to screen readers. */
export function FormStatus({ state, id, compact = false }: { state: FormState; id?: string; compact?: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "idle" || !box.current) return;
    const invalid = box.current.closest("form")?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? box.current).focus();
  }, [state]);
  const fieldMessages = Object.entries(state.fieldErrors ?? {})
    .filter(([field]) => field !== "")
    .flatMap(([, messages]) => messages);
  const text = state.status === "idle" ? "" : [state.message, ...fieldMessages].filter(Boolean).join(". ");
  return (
    <div ref={box} id={id} tabIndex={-1} role="status" aria-live="polite" aria-atomic="true" className={`outline-none ${compact ? "text-sm" : "min-h-[1.5rem]"}`}>
      {text && (
        <p className={state.status === "error" ? "font-medium text-red-800 dark:text-red-300" : "font-medium text-green-800 dark:text-green-300"}>
          {state.message}
        </p>
      )}
    </div>
  );
}
