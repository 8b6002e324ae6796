import { formatPartialDateText } from "@/lib/dates/partial-date";
import type { CeasefireTerms } from "@/lib/terms";
import { ceasefireScopeLabel, ceasefireTypeLabel } from "@/lib/terms/labels";
import { TermRows } from "./term-rows";

export function CeasefireTermsView({ terms }: { terms: CeasefireTerms }) {
  return (
    <TermRows
      rows={[
        ["Ceasefire", terms.type && ceasefireTypeLabel[terms.type]],
        ["Length", terms.durationDays !== undefined ? `${terms.durationDays.toLocaleString("en-GB")} days` : undefined],
        ["Starting", terms.startDate && formatPartialDateText(terms.startDate)],
        ["Scope", terms.scope && ceasefireScopeLabel[terms.scope]],
        [
          "Preconditions",
          terms.preconditions?.length ? (
            <ul className="list-disc pl-5">
              {terms.preconditions.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          ) : undefined,
        ],
        ["Monitoring", terms.monitoring],
      ]}
    />
  );
}
