// Five seeded notes spoke the data's language to readers: a coding note with a field's value
// as code ("capsAccepted true", "waiver-demanded", "no enum value fits") and plans' notes about
// "the event slug in the Gaza frame" and "the closest slug". The seed files now say the same in
// plain words; this rewrites them in a database seeded before. Records and ids a note names
// stay in it (they read as links: lib/records/get-mentions.ts). Only a note still as seeded is
// rewritten: an editor's own words stay. Each change is a revision. The list is this
// migration's own copy, in the JSON file beside it.
import type { DataMigration } from "@/lib/data-migrations/data-migration";
import { planWriter } from "@/lib/plans/plan-writer";
import { positionWriter } from "@/lib/positions/position-writer";
import { rewriteIfAsSeeded } from "@/lib/data-migrations/rewrite-as-seeded";
import list from "./20261214000000_notes_in_plain_words.json";

const note = "The note in plain words rather than the data's: what it says is unchanged.";

export const notesInPlainWords: DataMigration = {
  name: "20261214000000_notes_in_plain_words",
  description: "Five seeded notes in plain words rather than the data's (field values, slugs)",
  async run(tx, actor) {
    let changed = 0;
    for (const { kind, id, field, seededAs, plainAs } of list.notes) {
      const rewrite = { from: { [field]: seededAs }, to: { [field]: plainAs } };
      if (kind === "position" && (field === "termsNote" || field === "notes")) {
        if (await rewriteIfAsSeeded(tx, positionWriter, { id, actor, note }, rewrite)) changed += 1;
      } else if (kind === "plan" && field === "notes") {
        if (await rewriteIfAsSeeded(tx, planWriter, { id, actor, note }, rewrite)) changed += 1;
      } else {
        throw new Error(`No way to rewrite ${kind} ${field}`);
      }
    }
    return { changed };
  },
};
