// Editors' notes name other records by the ids and slugs the forms and the API show them by
// ("figures differ from <id>", "coded as <party-slug>", "belongs to the <issue-slug> issue").
// Readers get a link named for the record instead of a word they cannot read
// (lib/records/get-mentions.ts). Free of server-only imports: the cache's dependency resolver
// (lib/cache) finds the statements a page mentions with it too.

// An id or slug: words joined by hyphens, as the seed's are ("<party>-<year>-<topic>",
// "<issue-name>"), or the id the database gives a new record ("c" and 24 letters or digits).
// A one-word slug is not looked for: it would make ordinary words in a note links.
const candidate = /\b[a-z0-9]+(?:-[a-z0-9]+)+\b|\bc[a-z0-9]{24}\b/g;

// Enough for any note; bounds the lookup a long pasted text could otherwise ask for. Counted
// per text, so that a page joining many notes (a negotiation's areas) asks about each of them.
const MAX_CANDIDATES = 50;

/** Every word in the texts that could be a record's id or slug, other than `self`: at most `MAX_CANDIDATES` from each text. */
export function mentionCandidates(texts: readonly (string | null | undefined)[], self?: string): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    const own = new Set<string>();
    for (const match of text?.matchAll(candidate) ?? []) {
      if (match[0] === self) continue;
      own.add(match[0]);
      if (own.size === MAX_CANDIDATES) break;
    }
    own.forEach((word) => found.add(word));
  }
  return [...found];
}

/** A text cut into its own words and the records it names (by id or slug), in order. */
export type TextPart = string | { mentioned: string };

export function splitMentions(text: string, isRecord: (idOrSlug: string) => boolean): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  for (const match of text.matchAll(candidate)) {
    if (!isRecord(match[0])) continue;
    if (match.index > from) parts.push(text.slice(from, match.index));
    parts.push({ mentioned: match[0] });
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}
