import type { RecognitionTerms } from "@/lib/terms";
import { recognitionSupportLabel } from "@/lib/terms/labels";
import { TermRows } from "./term-rows";
import { itemsInWords } from "./term-words";

export function RecognitionTermsView({ terms }: { terms: RecognitionTerms }) {
  return (
    <TermRows
      rows={[
        ["Recognition of", terms.of],
        ["Recognition", terms.support && recognitionSupportLabel[terms.support]],
        ["Preconditions", itemsInWords(terms.preconditions)],
        ["Timeline", terms.timelineYears !== undefined ? `${terms.timelineYears} ${terms.timelineYears === 1 ? "year" : "years"}` : undefined],
        ["Borders", terms.borders],
        ["Capital", terms.capital],
        ["A demilitarised state", terms.demilitarisedState === undefined ? undefined : terms.demilitarisedState ? "Yes" : "No"],
      ]}
    />
  );
}
