import type { ExchangeTerms } from "@/lib/terms";
import { exchangeCategoryLabel, exchangeFormulaLabel, termFieldLabel } from "@/lib/terms/labels";
import { partyName, type TermsContext } from "@/lib/terms/terms-context";
import { TermRows } from "./term-rows";
import { countInWords } from "./term-words";

type Side = NonNullable<ExchangeTerms["sideA"]>;

function sideInWords(side: Side | undefined, context: TermsContext): string | undefined {
  if (!side) return undefined;
  const count = side.all ? "all it holds" : countInWords(side.count);
  return count ? `${partyName(context, side.party)}: ${count}` : `${partyName(context, side.party)}: number not stated`;
}

export function ExchangeTermsView({ terms, context }: { terms: ExchangeTerms; context: TermsContext }) {
  return (
    <TermRows
      rows={[
        ["Formula", terms.formula && exchangeFormulaLabel[terms.formula]],
        [termFieldLabel.sideA, sideInWords(terms.sideA, context)],
        [termFieldLabel.sideB, sideInWords(terms.sideB, context)],
        ["Who is released", terms.categories?.length ? terms.categories.map((c) => exchangeCategoryLabel[c]).join("; ") : undefined],
        ["Phases", countInWords(terms.phases)],
      ]}
    />
  );
}
