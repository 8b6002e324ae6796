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
import { rewriteIfAsSeeded } from "@/lib/data-migrations/rewrite-as-seeded";
import list from "./20261220000000_notes_in_own_words.json";

const note = "The note in Parley's own words rather than its source's: what it says is unchanged.";

export const notesInOwnWords: DataMigration = {
  name: "20261220000000_notes_in_own_words",
  description: "Seeded notes on statements, their terms and plans in Parley's own words rather than the reference data's",
  async run(tx, actor) {
    let changed = 0;
    for (const { kind, id, field, seededAs, ownWordsAs } of list.texts) {
      const rewrite = { from: { [field]: seededAs }, to: { [field]: ownWordsAs } };
      if (kind === "position") changed += Number(await rewriteIfAsSeeded(tx, positionWriter, { id, actor, note }, rewrite));
      else if (kind === "plan") changed += Number(await rewriteIfAsSeeded(tx, planWriter, { id, actor, note }, rewrite));
      else throw new Error(`No way to rewrite the ${field} of a ${kind}`);
    }
    return { changed };
  },
};
