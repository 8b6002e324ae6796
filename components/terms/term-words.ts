// Small phrasings the terms' reading views share: a list of parties by name, a list of items.
import { partyName, type TermsContext } from "@/lib/terms/terms-context";
import { joinWords } from "@/lib/compare/wording";

/** "Ruritania and Borduria", or undefined when the list is absent or empty. */
export function partiesInWords(list: readonly string[] | undefined, context: TermsContext): string | undefined {
  return list?.length ? joinWords(list.map((slug) => partyName(context, slug))) : undefined;
}

/** Items separated by semicolons, or undefined when there are none. */
export function itemsInWords(list: readonly string[] | undefined): string | undefined {
  return list?.length ? list.join("; ") : undefined;
}

export const countInWords = (n: number | undefined) => (n === undefined ? undefined : n.toLocaleString("en-GB"));
