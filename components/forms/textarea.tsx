"use client";
// A <textarea> that keeps what was typed into it before the page's scripts ran.
//
// As React hydrates a server-rendered textarea it writes the element's own text back into
// its value (it leaves inputs alone). An editor on a slow connection who starts typing early
// would see their words replaced by the stored text, and could save it unchanged without
// noticing. This module records what was typed until then, and puts it back the moment React
// attaches to the element, before the page is painted again.
import type { ComponentProps, RefObject } from "react";

const typedBeforeScripts = new WeakMap<HTMLTextAreaElement, string>();
const attached = new WeakSet<HTMLTextAreaElement>();

function remember(area: HTMLTextAreaElement) {
  if (attached.has(area)) return;
  if (area.value !== area.defaultValue) typedBeforeScripts.set(area, area.value);
  else typedBeforeScripts.delete(area);
}

// Runs as this module loads, which is before React hydrates any component that uses it:
// what was typed already is read now, and what is typed until hydration as it happens.
if (typeof document !== "undefined") {
  document.querySelectorAll("textarea").forEach(remember);
  document.addEventListener(
    "input",
    (event) => {
      if (event.target instanceof HTMLTextAreaElement) remember(event.target);
    },
    true,
  );
}

function putBackWhatWasTyped(area: HTMLTextAreaElement) {
  if (attached.has(area)) return;
  attached.add(area);
  const typed = typedBeforeScripts.get(area);
  typedBeforeScripts.delete(area);
  // Only while the value is still the stored text React wrote back into it.
  if (typed !== undefined && area.value === area.defaultValue) area.value = typed;
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
