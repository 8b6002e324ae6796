import type { ReactNode } from "react";

/** One labelled fact of a record, for a `<dl>` laid out in two columns. */
export function FactRow({ label, children, mutedLabel = true }: { label: string; children: ReactNode; mutedLabel?: boolean }) {
  return (
    <>
      <dt className={mutedLabel ? "font-medium text-muted" : "font-medium"}>{label}</dt>
      <dd className="max-w-prose">{children}</dd>
    </>
  );
}
