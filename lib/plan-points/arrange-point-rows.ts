// The points editor's steps that change the list without saving it: pasted numbered lines
// split into new rows, renumbering, moving a row up or down, removing a row not yet saved.
// Each returns the rows as they now stand and a sentence saying what happened. Pure.
import { splitNumberedLines } from "@/lib/plans/split-numbered-lines";
import type { PointRow } from "./plan-point-form-fields";

/** `focus`: the step button to focus next (its value), so a keyboard user keeps their place in the list. */
export type Arrangement = { rows: PointRow[]; message: string; focus?: string };

/** The move button of row `k` that exists, `preferred` direction first (a single row has none). */
function moveButton(k: number, count: number, preferred: "up" | "down"): string | undefined {
  const exists = { up: k > 0, down: k < count - 1 };
  const other = preferred === "up" ? "down" : "up";
  return exists[preferred] ? `${preferred}:${k}` : exists[other] ? `${other}:${k}` : undefined;
}

const blankRow = (number: string, summary: string): PointRow => ({
  id: "", version: "", number, numberPrinted: true, summary, issueIds: [], revisesId: "", change: "", changeNote: "",
});

/** The step an editor asked for: "split", "renumber", "up:3", "down:3" or "remove:3" (row positions from 0). */
export function arrangePointRows(rows: PointRow[], intent: string, pasted: string): Arrangement | null {
  const [verb, at] = intent.split(":");
  const i = Number(at);
  const row = rows[i];
  switch (verb) {
    case "split": {
      const split = splitNumberedLines(pasted);
      if (split.points.length === 0) {
        return { rows, message: "No numbered line was found in the pasted text: start each point on its own line with its number, as in “1.” or “(4a)”." };
      }
      const notes = [
        `${split.points.length === 1 ? "One numbered line was" : `${split.points.length} numbered lines were`} added as new points below: map each to its issues, then save.`,
        split.preamble ? `Text before the first number was left out: “${split.preamble}”.` : "",
        split.duplicates.length ? `Some numbers appear twice (${split.duplicates.join(", ")}): give each point its own number.` : "",
      ];
      return { rows: [...rows, ...split.points.map((p) => blankRow(p.number, p.summary))], message: notes.filter(Boolean).join(" ") };
    }
    case "renumber":
      return {
        rows: rows.map((r, n) => ({ ...r, number: String(n + 1), numberPrinted: r.numberPrinted })),
        message: `The points are numbered 1 to ${rows.length} in their order: save to keep the new numbers.`,
      };
    case "up":
    case "down": {
      const j = verb === "up" ? i - 1 : i + 1;
      if (!row || j < 0 || j >= rows.length) return null;
      const moved = [...rows];
      [moved[i], moved[j]] = [moved[j]!, moved[i]!];
      return {
        rows: moved,
        message: `Point ${row.number || `in row ${i + 1}`} moved ${verb} to row ${j + 1}: save to keep the new order.`,
        focus: moveButton(j, moved.length, verb),
      };
    }
    case "remove":
      if (!row || row.id) return null;
      const left = rows.filter((_, n) => n !== i);
      return {
        rows: left,
        message: `The new point ${row.number ? `${row.number} ` : ""}was removed from the list.`,
        focus: moveButton(Math.min(i, left.length - 1), left.length, "up"),
      };
    default:
      return null;
  }
}
