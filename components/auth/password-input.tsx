"use client";

import { useState, type InputHTMLAttributes } from "react";
import { inputClass } from "./form-fields";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "className"> & { id: string; showLabel?: string };

const fieldClass = inputClass.replace("mt-1 ", "");

/**
 * A password field with a toggle that shows what was typed (ASVS 2.1.12), so a long
 * passphrase can be checked before it is sent. Without JavaScript it stays masked. The
 * toggle's name avoids the word "password", which belongs to the field's label.
 */
export function PasswordInput({ showLabel = "Show", ...props }: Props) {
  const [shown, setShown] = useState(false);
  return (
    <div className="mt-1 flex gap-2">
      <input {...props} type={shown ? "text" : "password"} className={fieldClass} />
      <button
        type="button"
        aria-label={showLabel}
        aria-controls={props.id}
        aria-pressed={shown}
        onClick={() => setShown((s) => !s)}
        className="shrink-0 rounded border border-line bg-surface px-3 text-sm hover:bg-paper aria-pressed:border-ink aria-pressed:font-semibold"
      >
        Show
      </button>
    </div>
  );
}
