// Summaries in Parley's own words. Some seeded summaries, and the evidence of some
// commitments, kept long runs of the reference dataset's sentences (a dozen words or more in a
// row) where Parley writes its own: the seed files now say the same facts in other words, and
// this rewrites them in a database seeded before. Only a text still as seeded is rewritten: an
// editor's own words stay. Each change is a revision. The list is this migration's own copy,
// in the JSON file beside it.
import type { Actor } from "@/lib/auth/actor";
import { commitmentWriter } from "@/lib/commitments/commitment-writer";
import type { DataMigration } from "@/lib/data-migrations/data-migration";
import { rewriteIfAsSeeded } from "@/lib/data-migrations/rewrite-as-seeded";
import type { Prisma } from "@/lib/db/client";
import { eventWriter } from "@/lib/events/event-writer";
import { planPointWriter } from "@/lib/plan-points/plan-point-writer";
import { planWriter } from "@/lib/plans/plan-writer";
import { positionWriter } from "@/lib/positions/position-writer";
import list from "./20261217000000_summaries_in_own_words.json";

const note = "The summary in Parley's own words rather than its source's: what it says is unchanged.";

type Text = (typeof list.texts)[number];

/** Sets one text in its record while it still reads as seeded; events are named by slug, the rest by id. */
async function rewrite(tx: Prisma.TransactionClient, actor: Actor, text: Text): Promise<boolean> {
  const { kind, field } = text;
  const change = { from: { [field]: text.seededAs }, to: { [field]: text.ownWordsAs } };
  if (field !== "summary" && !(kind === "commitment" && field === "evidence")) throw new Error(`No way to rewrite ${kind} ${field}`);
  if (kind === "event") {
    const event = await tx.event.findUnique({ where: { slug: text.id }, select: { id: true } });
    return event ? rewriteIfAsSeeded(tx, eventWriter, { id: event.id, actor, note }, change) : false;
  }
  const target = { id: text.id, actor, note };
  if (kind === "position") return rewriteIfAsSeeded(tx, positionWriter, target, change);
  if (kind === "commitment") return rewriteIfAsSeeded(tx, commitmentWriter, target, change);
  if (kind === "plan") return rewriteIfAsSeeded(tx, planWriter, target, change);
  if (kind === "planPoint") return rewriteIfAsSeeded(tx, planPointWriter, target, change);
  throw new Error(`No way to rewrite ${kind} ${field}`);
}

export const summariesInOwnWords: DataMigration = {
  name: "20261217000000_summaries_in_own_words",
  description: "Seeded summaries and evidence in Parley's own words rather than the reference data's",
  async run(tx, actor) {
    let changed = 0;
    for (const text of list.texts) if (await rewrite(tx, actor, text)) changed += 1;
    return { changed };
  },
};
