// "Visible to readers", written once. A retracted record is hidden from every reader path
// (pages, API lists and items, search, feeds, exports): its own rule is `notRetracted`, and
// a record that belongs to another is hidden with it (an issue with its negotiation, a
// position with its party or issue). Each kind composes its rule in its own folder
// (`lib/<kind>/<kind>-visibility.ts`) from these and its parents' rules.

/** The record itself is not retracted. */
export const notRetracted = { retractedAt: null } as const;

/** Editors' choices in a form: what readers see, plus the records this one already links to. */
export function visibleOr(keep: string[]) {
  return { OR: [notRetracted, { id: { in: keep } }] };
}
