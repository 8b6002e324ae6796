"use client";
// A <textarea> that keeps what was typed into it, and where its caret was, before the page's
// scripts ran.
//
// As React hydrates a server-rendered textarea it writes the element's own text back into
// its value (it leaves inputs alone), and the caret goes back to the start. An editor on a
// slow connection who starts typing early would see their words replaced by the stored text,
// and could save it unchanged without noticing; one who had selected the text to replace it
// would type in front of it instead. This module records what was typed and selected until
// then, and puts both back the moment React attaches to the element, before the page is
// painted again.
import type { ComponentProps, RefObject } from "react";

type BeforeScripts = { typed: string | null; start: number; end: number; direction: "forward" | "backward" | "none" };

const beforeScripts = new WeakMap<HTMLTextAreaElement, BeforeScripts>();
const attached = new WeakSet<HTMLTextAreaElement>();

function remember(area: HTMLTextAreaElement) {
  if (attached.has(area)) return;
  beforeScripts.set(area, {
    typed: area.value !== area.defaultValue ? area.value : null,
    start: area.selectionStart,
    end: area.selectionEnd,
    direction: area.selectionDirection,
  });
}

/**
 * The editor's own acts after which a textarea's text or selection may have changed. Not
 * `selectionchange`: it also follows React's own write, which can come before React attaches
 * (hydration may pause between the two), and would record React's text as the editor's.
 */
const changes = ["input", "select", "keyup", "mouseup", "touchend", "focusin"];

// Runs as this module loads, which is before React hydrates any component that uses it:
// what was typed already is read now, and what is typed until hydration as it happens.
if (typeof document !== "undefined") {
  document.querySelectorAll("textarea").forEach(remember);
  for (const change of changes) {
    document.addEventListener(
      change,
      (event) => {
        if (event.target instanceof HTMLTextAreaElement) remember(event.target);
      },
      true,
    );
  }
}

function putBackWhatWasTyped(area: HTMLTextAreaElement) {
  if (attached.has(area)) return;
  attached.add(area);
  const before = beforeScripts.get(area);
  beforeScripts.delete(area);
  // Only while the value is still the stored text React wrote back into it.
  if (!before || area.value !== area.defaultValue) return;
  if (before.typed !== null) area.value = before.typed;
  if (document.activeElement === area) area.setSelectionRange(before.start, before.end, before.direction);
}

type Props = Omit<ComponentProps<"textarea">, "ref"> & { ref?: RefObject<HTMLTextAreaElement | null> };

export function Textarea({ ref, ...props }: Props) {
  return (
    <textarea
      {...props}
      ref={(area) => {
        if (area) putBackWhatWasTyped(area);
        if (ref) ref.current = area;
      }}
    />
  );
}
