// Sections of bench/RESULTS.md that a benchmark of their own writes (bench/exports.ts):
// each sits between two markers, so it can be rewritten without touching the rest, and
// `npm run bench`, which writes the file anew, carries it over.

const start = (name: string) => `<!-- section:${name} -->`;
const end = (name: string) => `<!-- /section:${name} -->`;

/** `text` with the section `name` replaced by `body`, or `body` appended when it has none. */
export function replaceSection(text: string, name: string, body: string): string {
  const block = `${start(name)}\n${body.trim()}\n${end(name)}`;
  const from = text.indexOf(start(name));
  const to = text.indexOf(end(name));
  if (from >= 0 && to > from) return `${text.slice(0, from)}${block}${text.slice(to + end(name).length)}`;
  return `${text.trimEnd()}\n\n${block}\n`;
}

/** Every marked section of `text`, to carry over into a file written anew. */
export function markedSections(text: string): string[] {
  return [...text.matchAll(/<!-- section:([\w-]+) -->[\s\S]*?<!-- \/section:\1 -->/g)].map((m) => m[0]);
}
