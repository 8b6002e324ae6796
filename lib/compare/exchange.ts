// An exchange compares its formula, how many each party releases, who is released and in how
// many phases (docs/comparison-rules.md, "exchange"). Only a refusal of any exchange is
// opposed to an exchange: all-for-all against fixed numbers is two ways of swapping.
import { exchangeCategoryLabel } from "@/lib/terms/labels";
import type { ExchangeTerms } from "@/lib/terms/exchange";
import { partyName } from "@/lib/terms/terms-context";
import type { CompareContext, Part, PartClass, SideLabels } from "./types";
import { describeWants, formatCount, joinWords, subject } from "./wording";

type Formula = NonNullable<ExchangeTerms["formula"]>;
type Category = NonNullable<ExchangeTerms["categories"]>[number];

const formulaPhrase: Record<Formula, string> = {
  "all-for-all": "an all-for-all exchange",
  ratio: "an exchange at a ratio",
  numbers: "an exchange of fixed numbers",
  unilateral: "a one-way release",
  none: "no exchange",
};

export function classifyFormula(x: Formula, y: Formula): PartClass {
  if (x === y) return "aligned";
  return x === "none" || y === "none" ? "opposed" : "partly-aligned";
}

/** How many each party releases, by party slug, where a figure is given or all are said. */
function countsByParty(terms: ExchangeTerms): Map<string, number | "all"> {
  const counts = new Map<string, number | "all">();
  for (const side of [terms.sideA, terms.sideB]) {
    if (side?.all) counts.set(side.party, "all");
    else if (side?.count !== undefined) counts.set(side.party, side.count);
  }
  return counts;
}

const releaseWords = (n: number | "all") => (n === "all" ? "everyone it holds" : formatCount(n));

export function compareExchange(a: ExchangeTerms, b: ExchangeTerms, labels: SideLabels, context: CompareContext): Part[] {
  const parts: Part[] = [];
  if (a.formula && b.formula) {
    parts.push({
      key: "formula",
      label: "the exchange",
      class: classifyFormula(a.formula, b.formula),
      reason: describeWants(labels, formulaPhrase[a.formula], formulaPhrase[b.formula]),
    });
  }
  // A side that refuses any exchange has no numbers or groups to agree on.
  if (a.formula === "none" || b.formula === "none") return parts;

  const countsB = countsByParty(b);
  for (const [party, x] of countsByParty(a)) {
    const y = countsB.get(party);
    if (y === undefined) continue;
    const name = partyName(context, party);
    parts.push({
      key: `count:${party}`,
      label: `the number ${name} releases`,
      class: x === y ? "aligned" : "partly-aligned",
      reason:
        x === y
          ? `${labels.a} and ${labels.b} both have ${name} release ${releaseWords(x)}`
          : `${subject(labels.a, "has")} ${name} release ${releaseWords(x)}, ${labels.b} ${releaseWords(y)}`,
    });
  }
  if (a.categories?.length && b.categories?.length) {
    const same = a.categories.length === b.categories.length && a.categories.every((c) => b.categories!.includes(c));
    const words = (list: Category[]) => joinWords(list.map((c) => exchangeCategoryLabel[c].toLowerCase()));
    parts.push({
      key: "categories",
      label: "who is released",
      class: same ? "aligned" : "partly-aligned",
      reason: describeWants(labels, words(a.categories), words(b.categories)),
    });
  }
  if (a.phases !== undefined && b.phases !== undefined) {
    const phrase = (n: number) => (n === 1 ? "a release in one phase" : `a release in ${n} phases`);
    parts.push({
      key: "phases",
      label: "phases",
      class: a.phases === b.phases ? "aligned" : "partly-aligned",
      reason: describeWants(labels, phrase(a.phases), phrase(b.phases)),
    });
  }
  return parts;
}
