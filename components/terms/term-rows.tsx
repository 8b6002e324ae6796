import type { ReactNode } from "react";

/** Terms as a list of labelled values; rows whose value is missing are left out. */
export function TermRows({ rows }: { rows: [label: string, value: ReactNode | undefined][] }) {
  const present = rows.filter(([, value]) => value !== undefined && value !== null);
  if (present.length === 0) return <p className="text-muted">No terms coded.</p>;
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(9rem,max-content)_1fr]">
      {present.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium">{label}</dt>
          <dd className="mb-1 sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
