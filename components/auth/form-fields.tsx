// Form pieces shared by the sign-in and admin forms: a labelled field whose errors sit
// beside it (aria-describedby, aria-invalid), and a polite live region for the outcome.
import type { ReactNode } from "react";

export const inputClass =
  "mt-1 block w-full rounded border border-line bg-surface px-3 py-2 text-ink aria-[invalid=true]:border-red-700 dark:aria-[invalid=true]:border-red-400";
export const buttonClass =
  "rounded border border-ink bg-ink px-4 py-2 font-medium text-paper hover:opacity-90 disabled:opacity-60";
export const secondaryButtonClass = "rounded border border-line bg-surface px-3 py-1.5 text-sm hover:bg-paper disabled:opacity-60";

export function Field({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: (described: { id: string; "aria-describedby"?: string; "aria-invalid"?: true }) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {children({ id, "aria-describedby": describedBy, "aria-invalid": errorId ? true : undefined })}
      {errorId && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800 dark:text-red-300">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}

export { FormStatus } from "./form-status";
