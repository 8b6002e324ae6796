// Notes in Parley's own words. After the summaries (20261217000000_summaries_in_own_words),
// the notes: many seeded statements' notes on their sourcing, the coder's notes on their terms
// and plans' notes on what is known of them kept runs of a dozen words or more of the
// reference dataset's sentences. The seed files now say the same in other words, with every
// figure and every record a note names; this rewrites them in a database seeded before. Only a
// note still as seeded is rewritten: an editor's words stay. Each change is a revision. The
// list is this migration's own copy, in the JSON file beside it.
import type { DataMigration } from "@/lib/data-migrations/data-migration";
import { planWriter } from "@/lib/plans/plan-writer";
import { positionWriter } from "@/lib/positions/position-writer";
import type { RecordWriter } from "@/lib/revisions/record-writer";
import type { RecordRow } from "@/lib/revisions/snapshot";
import { changeRecord } from "@/lib/revisions/write-record";
import list from "./20261220000000_notes_in_own_words.json";

const note = "The note in Parley's own words rather than its source's: what it says is unchanged.";

// The writers differ only in the snapshot changeRecord returns, which is not used here.
const writers = { position: positionWriter, plan: planWriter } as unknown as Record<string, RecordWriter<RecordRow, unknown>>;

export const notesInOwnWords: DataMigration = {
  name: "20261220000000_notes_in_own_words",
  description: "Seeded notes on statements, their terms and plans in Parley's own words rather than the reference data's",
  async run(tx, actor) {
    let changed = 0;
    for (const { kind, id, field, seededAs, ownWordsAs } of list.texts) {
      const writer = writers[kind];
      if (!writer) throw new Error(`No way to rewrite the ${field} of a ${kind}`);
      const stored = (await writer.load(tx, id)) as (RecordRow & Record<string, unknown>) | null;
      if (!stored || stored[field] !== seededAs) continue;
      const target = { id, version: stored.version, action: "update", actor, note } as const;
      await changeRecord(tx, writer, target, () => ({ columns: { [field]: ownWordsAs } }));
      changed += 1;
    }
    return { changed };
  },
};
