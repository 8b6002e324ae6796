// The reference data records three promises of the October 2025 Gaza deal twice (the living
// hostages' release, the prisoners' release, the return of the dead hostages' remains): once
// among the deal's own commitments, once again among Hamas's or Israel's. The first seed kept
// both, so the negotiation counted three fulfilled promises too many and each page showed
// half the evidence. The seed file now holds one record of each, with the other's sources and
// what only the other said. This does the same in a database seeded before: the record kept
// cites the other's sources too and, while it still reads as seeded, takes the merged words;
// the other is retracted (its history stays). Each change is a revision.
//
// A record an editor has changed since is left as it is: a kept record no longer as seeded
// keeps its words (it still gains the sources), and a second record no longer as seeded stays
// visible, since it may now say something the first does not. The list is this migration's
// own copy, in the JSON file beside it.
import { commitmentWriter } from "@/lib/commitments/commitment-writer";
import { toCommitmentInput } from "@/lib/commitments/commitment-input";
import type { DataMigration } from "@/lib/data-migrations/data-migration";
import { retractRecord, updateRecord } from "@/lib/revisions/write-record";
import list from "./20261212000000_one_commitment_per_promise.json";

const mergeNote = "One record of this promise: the reference data recorded it twice, and this one now carries the other's sources and what only the other said.";
const retractNote = "The same promise as another commitment of the same deal, which now carries this one's sources.";

export const oneCommitmentPerPromise: DataMigration = {
  name: "20261212000000_one_commitment_per_promise",
  description: "The three Gaza promises of October 2025 recorded twice merged into one commitment each",
  async run(tx, actor) {
    let changed = 0;
    for (const { keep, seededAs, mergedAs, duplicate } of list.promises) {
      const [kept, second] = await Promise.all([commitmentWriter.load(tx, keep), commitmentWriter.load(tx, duplicate.id)]);
      if (!kept || kept.retractedAt || !second || second.retractedAt) continue;
      const unchanged = second.summary === duplicate.summary && second.evidence === duplicate.evidence && second.status === duplicate.status;
      if (!unchanged) continue;
      const input = toCommitmentInput(kept);
      const asSeeded = kept.summary === seededAs.summary && kept.evidence === seededAs.evidence;
      const words = asSeeded ? { summary: mergedAs.summary, evidence: mergedAs.evidence } : {};
      const sourceIds = [...new Set([...input.sourceIds, ...(second.sourceIds ?? [])])];
      const parsed = commitmentWriter.schema.parse({ ...input, ...words, sourceIds });
      const after = await updateRecord(tx, commitmentWriter, { id: keep, version: kept.version, input: parsed, actor, note: mergeNote });
      if (after.version !== kept.version) changed += 1;
      await retractRecord(tx, commitmentWriter, { id: duplicate.id, version: second.version, actor, note: retractNote });
      changed += 1;
    }
    return { changed };
  },
};
