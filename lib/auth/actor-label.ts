// How a change's author is named. A change made through an API token is recorded as its
// owner with the token's name ("Ada Lovelace (API token “nightly import”)"), which the
// full archive keeps for admins tracing what a token did. Readers — history pages, the
// changes page and feeds, the API's revisions, the reader export — see the owner and that
// a token was used, not the token's name: an admin's label for a program is not public.

const TOKEN_SUFFIX = / \(API token “[\s\S]*”\)$/;

/** The label a change made through an API token is recorded under. */
export function apiTokenActorLabel(ownerName: string, tokenName: string): string {
  return `${ownerName} (API token “${tokenName}”)`;
}

/** A recorded label as readers see it: a token's name left out ("Ada Lovelace (API token)"). */
export function readerActorLabel(recorded: string): string {
  return recorded.replace(TOKEN_SUFFIX, " (API token)");
}
