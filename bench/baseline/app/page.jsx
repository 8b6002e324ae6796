// A static page about as large as the Parley page it is compared with, made of the same
// words: BASELINE_BYTES and BASELINE_TEXT_FILE (the matrix page's text) are set by
// bench/lib/baselines.ts when it builds this. The same words matter: autocannon decodes
// every response body as UTF-8 text, which costs it far more for a page with typographic
// quotes and dashes than for plain ASCII, so a baseline of ASCII filler would be measured
// with a faster client than Parley's pages.
import { readFileSync } from "node:fs";

export const dynamic = "force-static";

const targetBytes = Number(process.env.BASELINE_BYTES ?? 100_000);
const text = process.env.BASELINE_TEXT_FILE
  ? readFileSync(process.env.BASELINE_TEXT_FILE, "utf8")
  : "A position stated by a party on an issue, with its summary in a sentence or two.";
const sentences = text.match(/[^.!?]+[.!?]*/g) ?? [text];

export default function Page() {
  const rows = [];
  // About a third of the page is text: Next.js repeats it in the React payload it inlines,
  // as it does in Parley's pages, and markup makes up the rest.
  for (let i = 0, size = 0; size < targetBytes / 2.5; i++) {
    const sentence = sentences[i % sentences.length].trim();
    rows.push(
      <tr key={i}>
        <th scope="row">{i}</th>
        <td>{sentence}</td>
      </tr>,
    );
    size += Buffer.byteLength(sentence) + 40;
  }
  return (
    <main>
      <h1>Prerendered baseline</h1>
      <table>
        <tbody>{rows}</tbody>
      </table>
    </main>
  );
}
