// Two of the Gaza negotiation's parties under their names in full. The seed named a group of
// states and a body of several organs by a collective word alone ("Arab states", "United
// Nations"), so a reader could not tell which states, or which organs, the party's statements
// come from; the researched data names them, as the seed already did for a state known by two
// names. The short name the matrix, maps and comparisons show stays as it is. The seed file
// holds the names in full; this rewrites a database seeded before, only while a name is still
// as seeded (an editor's own stays), each change a revision. The list is this migration's
// own copy, in the JSON file beside it.
import type { DataMigration } from "@/lib/data-migrations/data-migration";
import { rewriteIfAsSeeded } from "@/lib/data-migrations/rewrite-as-seeded";
import { partyWriter } from "@/lib/parties/party-writer";
import list from "./20261223000000_gaza_party_names_in_full.json";

const note = "The name in full, saying which states or bodies the party stands for; the short name is unchanged.";

export const gazaPartyNamesInFull: DataMigration = {
  name: "20261223000000_gaza_party_names_in_full",
  description: "Two seeded Gaza parties under their names in full, saying which states or bodies each stands for",
  async run(tx, actor) {
    let changed = 0;
    for (const { slug, seededAs, inFullAs } of list.names) {
      const party = await tx.party.findUnique({ where: { slug }, select: { id: true } });
      if (party && (await rewriteIfAsSeeded(tx, partyWriter, { id: party.id, actor, note }, { from: { name: seededAs }, to: { name: inFullAs } }))) changed += 1;
    }
    return { changed };
  },
};
