"use client";
import type { Option } from "@/lib/forms/fields";
import { FieldGroup } from "./fields";
import { RowList } from "./row-list";
import { SourceSelect } from "./source-select";

/** A list of sources as rows of selects ("sourceIds.0", "sourceIds.1"…). */
export function SourceRows({ sources, hint }: { sources: Option[]; hint?: string }) {
  return (
    <FieldGroup name="sourceIds" legend="Sources" hint={hint ?? "Clear a row, or remove it, to drop that source."}>
      <RowList prefix="sourceIds" addLabel="Add another source" removeLabel={(n) => `Remove source ${n}`}>
        {(i, position) => <SourceSelect name={`sourceIds.${i}`} number={position + 1} options={sources} />}
      </RowList>
    </FieldGroup>
  );
}
