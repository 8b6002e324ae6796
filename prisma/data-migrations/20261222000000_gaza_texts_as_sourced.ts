// The seeded Gaza negotiation's texts as their sources have them, in Parley's own words. Its
// summary and its issues' descriptions kept the reference data's sentences, which Parley says
// in its own words; and the evidence of the promise to return the dead hostages' remains
// credited one figure (4 of 28 returned by 13 October 2025) to an envoy the sources quote only
// for a later one, and left out the report of early February 2026 its last source gives. The
// seed files now hold the new texts; this rewrites a database seeded before. Only a text still
// as seeded is rewritten: an editor's own words stay. Each change is a revision. The list is
// this migration's own copy, in the JSON file beside it.
import type { Actor } from "@/lib/auth/actor";
import { commitmentWriter } from "@/lib/commitments/commitment-writer";
import type { DataMigration } from "@/lib/data-migrations/data-migration";
import { rewriteIfAsSeeded } from "@/lib/data-migrations/rewrite-as-seeded";
import type { Prisma } from "@/lib/db/client";
import { issueWriter } from "@/lib/issues/issue-writer";
import { negotiationWriter } from "@/lib/negotiations/negotiation-writer";
import list from "./20261222000000_gaza_texts_as_sourced.json";

type Text = (typeof list.texts)[number];

const notes: Record<string, string> = {
  negotiation: "The summary in Parley's own words rather than its source's: what it says is unchanged.",
  issue: "The description in Parley's own words rather than its source's: what it says is unchanged.",
  commitment: "The evidence as its sources give it: the figure for 13 October 2025 is not the envoy's, and the report of early February 2026 is added.",
};

/** Sets one text in its record while it still reads as seeded; a negotiation and its issues are named by slug. */
async function rewrite(tx: Prisma.TransactionClient, actor: Actor, text: Text): Promise<boolean> {
  const change = { from: { [text.field]: text.seededAs }, to: { [text.field]: text.ownWordsAs } };
  const note = notes[text.kind];
  if (!note) throw new Error(`No way to rewrite ${text.kind} ${text.field}`);
  if (text.kind === "negotiation") {
    const negotiation = await tx.negotiation.findUnique({ where: { slug: text.id }, select: { id: true } });
    return negotiation ? rewriteIfAsSeeded(tx, negotiationWriter, { id: negotiation.id, actor, note }, change) : false;
  }
  if (text.kind === "issue") {
    const issue = await tx.issue.findFirst({ where: { slug: text.id, negotiation: { slug: text.negotiation ?? "" } }, select: { id: true } });
    return issue ? rewriteIfAsSeeded(tx, issueWriter, { id: issue.id, actor, note }, change) : false;
  }
  return rewriteIfAsSeeded(tx, commitmentWriter, { id: text.id, actor, note }, change);
}

export const gazaTextsAsSourced: DataMigration = {
  name: "20261222000000_gaza_texts_as_sourced",
  description: "The seeded Gaza negotiation's summary and issue descriptions in Parley's own words, and one commitment's evidence as its sources give it",
  async run(tx, actor) {
    let changed = 0;
    for (const text of list.texts) if (await rewrite(tx, actor, text)) changed += 1;
    return { changed };
  },
};
