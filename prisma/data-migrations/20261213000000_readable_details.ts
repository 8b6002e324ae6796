// The first seed gave 84 positions' details as the reference data's field names spelled out
// by rule: acronyms and names in lower case ("Us role", "Nato for ukraine"), units as words
// ("Loan eur"), long figures with no separators ("90000000000"), parties as slugs ("Joint
// with: european-powers"). The seed files now hold them in readers' words
// (scripts/readable-details.ts); this does the same in a database seeded before. Only
// details still as seeded are rewritten: an editor's own words stay. Each change is a
// revision. The list is this migration's own copy, in the JSON file beside it.
import type { DataMigration } from "@/lib/data-migrations/data-migration";
import { positionWriter } from "@/lib/positions/position-writer";
import { rewriteIfAsSeeded } from "@/lib/data-migrations/rewrite-as-seeded";
import list from "./20261213000000_readable_details.json";

const note = "Details in readers' words: names and acronyms written as such, units named, figures grouped, parties by name. What they say is unchanged.";

export const readableDetails: DataMigration = {
  name: "20261213000000_readable_details",
  description: "Seeded positions' details in readers' words (names, units, figures, parties)",
  async run(tx, actor) {
    let changed = 0;
    for (const { id, seededAs, readableAs } of list.positions) {
      if (await rewriteIfAsSeeded(tx, positionWriter, { id, actor, note }, { from: { details: seededAs }, to: { details: readableAs } })) changed += 1;
    }
    return { changed };
  },
};
