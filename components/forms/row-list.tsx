"use client";
// Rows an editor adds and removes (citations, territorial claims, seats, sources). The
// form posts each row's fields as "prefix.N.field"; blank rows are ignored on saving, so
// without JavaScript a spare blank row stands in for "Add", and clearing a row removes it.
import { useState, type ReactNode } from "react";
import { secondaryButtonClass } from "@/components/auth/form-fields";
import { rowIndexes, type FieldValues } from "@/lib/forms/fields";
import { useFormValues } from "./form-context";

/** Row numbers already in the values: "prefix.N.x" or, for plain lists, "prefix.N". */
function initialRows(values: FieldValues, prefix: string, spare: number, min: number) {
  const plain = Object.keys(values)
    .map((k) => new RegExp(`^${prefix.replace(/\./g, "\\.")}\\.(\\d+)$`).exec(k)?.[1])
    .filter((m): m is string => m !== undefined)
    .map(Number);
  const rows = [...new Set([...rowIndexes(values, prefix), ...plain])].sort((a, b) => a - b);
  const next = rows.length ? Math.max(...rows) + 1 : 0;
  const extra = Math.max(spare, min - rows.length);
  return [...rows, ...Array.from({ length: extra }, (_, i) => next + i)];
}

export function RowList({
  prefix,
  addLabel,
  removeLabel,
  spare = 1,
  min = 0,
  children,
}: {
  prefix: string;
  /** "Add another source", shown once JavaScript runs. */
  addLabel: string;
  /** The remove button's accessible name for row n (1-based). */
  removeLabel: (n: number) => string;
  spare?: number;
  min?: number;
  children: (index: number, position: number) => ReactNode;
}) {
  const { values, mounted } = useFormValues();
  const [rows, setRows] = useState(() => initialRows(values, prefix, spare, min));
  const add = () => setRows((r) => [...r, (r.length ? Math.max(...r) : -1) + 1]);
  return (
    <div className="flex flex-col gap-3">
      <ol className="flex flex-col gap-3">
        {rows.map((index, position) => (
          <li key={index} className="rounded border border-line bg-paper/50 p-3">
            <div className="flex flex-col gap-3">{children(index, position)}</div>
            {mounted && (
              <button
                type="button"
                className={`${secondaryButtonClass} mt-2`}
                onClick={() => setRows((r) => r.filter((i) => i !== index))}
              >
                {removeLabel(position + 1)}
              </button>
            )}
          </li>
        ))}
      </ol>
      {mounted && (
        <div>
          <button type="button" className={secondaryButtonClass} onClick={add}>
            {addLabel}
          </button>
        </div>
      )}
    </div>
  );
}
