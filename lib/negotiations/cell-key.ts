/** The key of a party's cell on an issue in a matrix's `cells`. */
export function cellKey(partyId: string, issueId: string) {
  return `${partyId}:${issueId}`;
}
