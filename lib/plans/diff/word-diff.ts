// Word by word, what a point's summary lost and gained between two plans.
import { diffWords } from "diff";

export type WordPart = { text: string; kind: "same" | "removed" | "added" };

export function wordDiff(before: string, after: string): WordPart[] {
  return diffWords(before, after).map((part) => ({ text: part.value, kind: part.added ? "added" : part.removed ? "removed" : "same" }));
}
