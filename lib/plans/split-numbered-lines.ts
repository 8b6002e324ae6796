// Pasted text split into numbered points, for the editor's bulk entry. A line that starts
// with a number label ("1.", "12)", "(4a)", "Point 3:", "IV.", "B.") starts a point;
// other lines continue the point above (text wrapped when pasted, or its sub-items). The
// first label sets the style of the plan's numbering — digits, Roman numerals or letters —
// so the lettered sub-items of a numbered point ("a) …") stay inside it. Pure.

export type SplitPoint = { number: string; summary: string };

export type SplitResult = {
  points: SplitPoint[];
  /** Text before the first numbered line, which belongs to no point. */
  preamble: string | null;
  /** Numbers given to more than one point. */
  duplicates: string[];
};

type Style = "digits" | "roman" | "letter";

const PREFIX = String.raw`^\s*(?:[-*•]\s+)?(?:(?:point|article|clause|item|section)\s+)?`;
// A label in brackets, or followed by ".", ")", ":" or a dash, then the text.
const LABELLED = new RegExp(
  `${PREFIX}(?:\\((?<bracketed>[0-9]+[a-z]?|[ivxlc]+|[a-z])\\)|(?<plain>[0-9]+(?:\\.[0-9]+)*[a-z]?|[ivxlc]+|[a-z])(?:[.):]|\\s+[-–—](?=\\s)))(?:\\s+(?<text>\\S.*))?$`,
  "i",
);
// "Point 3 Text" with no punctuation: the word itself marks the label.
const WORDED = new RegExp(`^\\s*(?:point|article|clause|item|section)\\s+(?<plain>[0-9]+[a-z]?)\\s+(?<text>\\S.*)$`, "i");

function styleOf(label: string): Style {
  if (/^[0-9]/.test(label)) return "digits";
  if (/^[ivxlc]+$/i.test(label) && !(label.length === 1 && /^[cl]$/i.test(label))) return "roman";
  return "letter";
}

function labelOf(line: string): { number: string; text: string } | null {
  const m = LABELLED.exec(line) ?? WORDED.exec(line);
  if (!m?.groups) return null;
  const number = (m.groups.bracketed ?? m.groups.plain)!;
  return { number: /^[a-z]+$/i.test(number) && styleOf(number) === "roman" ? number.toUpperCase() : number, text: (m.groups.text ?? "").trim() };
}

export function splitNumberedLines(text: string): SplitResult {
  const points: SplitPoint[] = [];
  const preamble: string[] = [];
  let style: Style | null = null;
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    const label = labelOf(line);
    // A single letter is read as Roman only where the plan is numbered in Roman numerals ("I.", "V.").
    const labelStyle: Style | null = label && (style === "letter" && styleOf(label.number) === "roman" && label.number.length === 1 ? "letter" : styleOf(label.number));
    if (label && (style === null || labelStyle === style)) {
      style ??= labelStyle;
      points.push({ number: label.number, summary: label.text });
    } else if (points.length > 0) {
      const last = points.at(-1)!;
      last.summary = last.summary ? `${last.summary} ${line}` : line;
    } else {
      preamble.push(line);
    }
  }
  const seen = new Map<string, number>();
  for (const p of points) seen.set(p.number.toLowerCase(), (seen.get(p.number.toLowerCase()) ?? 0) + 1);
  const duplicates = [...new Set(points.filter((p) => seen.get(p.number.toLowerCase())! > 1).map((p) => p.number))];
  return { points, preamble: preamble.length ? preamble.join(" ") : null, duplicates };
}
