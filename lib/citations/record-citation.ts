// The line a journalist or researcher pastes under a quote taken from Parley. Records change,
// so it says when this one was last edited and where every edit since is listed: a reader of
// the article can check whether the record still says what was quoted.
import { formatDay } from "@/lib/dates/format-date";

export type CitedRecord = {
  /** The record's own name as its page heads it: "Republic of Ruritania on Harbour access". */
  title: string;
  /** What kind of record it is, in words: "position record". */
  kind: string;
  /** The latest revision's moment; none for a record no one has edited since it was loaded. */
  lastEditedAt: Date | null;
  /** The record's absolute address. */
  url: string;
  /** The absolute address of its list of edits. */
  historyUrl: string;
};

/** `Parley, “Title” (position record), last edited 3 May 2026. https://…. Every edit: https://….` */
export function recordCitation({ title, kind, lastEditedAt, url, historyUrl }: CitedRecord): string {
  const edited = lastEditedAt ? `, last edited ${formatDay(lastEditedAt)}` : "";
  return `Parley, “${title}” (${kind})${edited}. ${url}. Every edit: ${historyUrl}.`;
}
