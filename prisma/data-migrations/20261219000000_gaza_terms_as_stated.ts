// Two seeded Gaza codings said more than their records, and this puts them right in a
// database seeded before the seed file was corrected:
//
// - Qatar's announcement of the January 2025 deal (a ceasefire) had the three mediators'
//   pledge to "ensure implementation" coded as the ceasefire's monitoring, a field its note
//   admitted did not fit: the record names them guarantors, and says nothing of monitoring.
//   What is left, the 42 days and the start date, the record states outright, so the
//   confidence rises with it.
// - Hamas's account of the October 2025 exchange had Israel release 1,950 (the 250 and 1,700
//   it names), though the same record adds every detained woman and child, uncounted: the
//   figure is not the number it gives, and compare called it aligned with Israel's own 1,950.
//   Israel's side now has no number.
//
// Only a coding still exactly as seeded is changed (its terms, confidence and note); an
// editor's own stays. Each change is a revision. The list is this migration's own copy, in
// the JSON file beside it.
import type { DataMigration } from "@/lib/data-migrations/data-migration";
import { positionWriter } from "@/lib/positions/position-writer";
import { rewriteIfAsSeeded } from "@/lib/data-migrations/rewrite-as-seeded";
import { parseTerms } from "@/lib/terms";
import { issueKind, termsConfidence } from "@/lib/vocab";
import list from "./20261219000000_gaza_terms_as_stated.json";

const note = "Terms as the record states them: the earlier coding said more than the record (its note says what changed).";

export const gazaTermsAsStated: DataMigration = {
  name: "20261219000000_gaza_terms_as_stated",
  description: "Two seeded Gaza codings that said more than their records (a guarantee coded as monitoring, a partial sum coded as a count) coded as stated",
  async run(tx, actor) {
    let changed = 0;
    for (const { id, seededAs, statedAs } of list.positions) {
      const kind = (await tx.position.findUnique({ where: { id }, select: { issue: { select: { kind: true } } } }))?.issue.kind;
      if (!kind) continue;
      const terms = parseTerms(issueKind.parse(kind), statedAs.terms);
      if (!terms.success) throw new Error(`The coding of ${id} does not fit the ${kind} kind`);
      const to = { terms: terms.data, termsConfidence: termsConfidence.parse(statedAs.termsConfidence), termsNote: statedAs.termsNote };
      if (await rewriteIfAsSeeded(tx, positionWriter, { id, actor, note }, { from: seededAs, to })) changed += 1;
    }
    return { changed };
  },
};
