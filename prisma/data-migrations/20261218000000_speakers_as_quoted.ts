// Speakers named as the record names them. The first seed of the second negotiation gave 58
// quoted speakers an office the reference data's quote does not ("…, Foreign Minister",
// "…, senior official"), most of them stated nowhere in the record: true or not, a reader
// could not trace them to its source, where every other seeded fact can be. The seed file now
// names each speaker as the quote it carries over does, as the first negotiation's always
// did; this renames them in a database seeded before. Only a speaker still as seeded is
// renamed, in a record not retracted since: an editor's words stay. Each change is a revision.
// The list is this migration's own copy, in the JSON file beside it.
import type { DataMigration } from "@/lib/data-migrations/data-migration";
import type { PositionInput } from "@/lib/positions/position-input";
import { positionWriter } from "@/lib/positions/position-writer";
import { updateRecord } from "@/lib/revisions/write-record";
import list from "./20261218000000_speakers_as_quoted.json";

const note = "The speaker named as the quote's source names them, without an office it does not state.";

type Renaming = (typeof list.speakers)[number];

/** The position's input with its speakers renamed, or null when none still reads as seeded. */
function renamed(input: PositionInput, renamings: Renaming[]): PositionInput | null {
  let changed = false;
  const citations = input.citations.map((citation) => {
    const renaming = renamings.find((r) => r.source === citation.sourceId && r.seededAs === citation.speaker);
    if (!renaming) return citation;
    changed = true;
    return { ...citation, speaker: renaming.quotedAs };
  });
  return changed ? { ...input, citations } : null;
}

export const speakersAsQuoted: DataMigration = {
  name: "20261218000000_speakers_as_quoted",
  description: "Quoted speakers of seeded statements named as their quotes name them, without an office added",
  async run(tx, actor) {
    let changed = 0;
    for (const id of new Set(list.speakers.map((s) => s.position))) {
      const snapshot = await positionWriter.load(tx, id);
      if (!snapshot || snapshot.retractedAt) continue;
      const stored = positionWriter.schema.parse(positionWriter.toInput(snapshot, snapshot));
      const input = renamed(stored, list.speakers.filter((s) => s.position === id));
      if (!input) continue;
      await updateRecord(tx, positionWriter, { id, version: snapshot.version, input, actor, note });
      changed += 1;
    }
    return { changed };
  },
};
