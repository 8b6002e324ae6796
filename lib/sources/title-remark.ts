// A title the recorder did not see as the outlet printed it carries a remark in square
// brackets at its end ("… [descriptive title]", "… [title from URL slug]"), as a cataloguer
// marks a title they supplied. The record keeps the title as written; readers get the title
// as a title and the remark in plain words beside it, outside the link, so that a link's name
// (what a screen reader announces) is the title alone. Search indexes the title alone too.
// A title wholly in brackets is the recorder's description with the remark after a semicolon
// ("[Envoys meet in the capital; headline not shown]"). A remark Parley has no words for, or
// a bracket holding nothing but a remark, is shown as written.

const remarkWords: Record<string, string> = {
  "descriptive title": "a description, not the outlet's headline",
  "title from url slug": "the headline as its web address gives it",
  "translated title from url slug": "the headline translated from its web address",
  "partial title from url slug": "part of the headline, as its web address gives it",
  "headline not shown": "a description: the headline was not seen",
  "headline not shown in excerpt": "a description: the excerpt seen did not show the headline",
  "title not shown": "a description: the title was not seen",
  "live blog; descriptive title": "a live blog; a description, not the outlet's headline",
  "arabic; descriptive title": "in Arabic; a description, not the outlet's headline",
};

const trailingRemark = /^(.*\S)\s*\[([^\][]+)\]$/s;
const describedInBrackets = /^\[([^\][]*[^\][\s;])\s*;\s*([^\][;]+)\]$/s;

/** The title to show, and what its remark says in readers' words (null when it has none). */
export function titleWithRemark(title: string): { title: string; remark: string | null } {
  const match = trailingRemark.exec(title.trim()) ?? describedInBrackets.exec(title.trim());
  const words = match ? wordsOf(match[2]!) : undefined;
  return match && words ? { title: match[1]!.trim(), remark: words } : { title, remark: null };
}

/** A remark's words, also for one naming the language of what was seen ("Ruritanian headline not shown"). */
function wordsOf(remark: string): string | undefined {
  const key = remark.trim().toLowerCase();
  if (remarkWords[key]) return remarkWords[key];
  const language = /^([a-z]+) (headline|title) not shown$/.exec(key);
  const name = remark.trim().split(" ")[0]!;
  return language && /^[A-Z]/.test(name) ? `a description: the ${name}-language ${language[2]} was not seen` : undefined;
}

/** The remarks Parley puts in words, as editors write them: for the form's hint. */
export const knownTitleRemarks = ["[descriptive title]", "[title from URL slug]"] as const;
