// The guided set-up of a negotiation (its "Set up" page) sends editors to the usual create
// forms and brings them back: the form carries where to return as a hidden field. Only the
// set-up page of a negotiation named by its slug is a destination, never an address taken
// from the request, so no form can be made to redirect elsewhere.

/** The hidden field's value that asks a create form to come back to the set-up page. */
export const RETURN_TO_SETUP = "setup";

/** The set-up page, optionally at a step (`hash`) with a party chosen in its seating form (`seat`, a party slug). */
export function setupHref(negotiationSlug: string, { hash, seat }: { hash?: string; seat?: string } = {}) {
  const query = seat ? `?seat=${encodeURIComponent(seat)}` : "";
  return `/negotiations/${encodeURIComponent(negotiationSlug)}/setup${query}${hash ? `#${hash}` : ""}`;
}

/** Whether a create form was opened from the set-up page (`?then=setup`). */
export function returnsToSetup(then: string | string[] | null | undefined) {
  return then === RETURN_TO_SETUP;
}
