// Summaries in Parley's own words. Some seeded summaries, and the evidence of some
// commitments, kept long runs of the reference dataset's sentences (a dozen words or more in a
// row) where Parley writes its own: the seed files now say the same facts in other words, and
// this rewrites them in a database seeded before. Only a text still as seeded is rewritten: an
// editor's own words stay. Each change is a revision. The list is this migration's own copy,
// in the JSON file beside it.
import { commitmentWriter } from "@/lib/commitments/commitment-writer";
import type { DataMigration } from "@/lib/data-migrations/data-migration";
import type { Prisma } from "@/lib/db/client";
import { eventWriter } from "@/lib/events/event-writer";
import { planPointWriter } from "@/lib/plan-points/plan-point-writer";
import { planWriter } from "@/lib/plans/plan-writer";
import { positionWriter } from "@/lib/positions/position-writer";
import type { RecordWriter } from "@/lib/revisions/record-writer";
import type { RecordRow } from "@/lib/revisions/snapshot";
import { changeRecord } from "@/lib/revisions/write-record";
import list from "./20261217000000_summaries_in_own_words.json";

const note = "The summary in Parley's own words rather than its source's: what it says is unchanged.";

type Text = (typeof list.texts)[number];
type Stored = { id: string; version: number; text: string | null } | null;

/**
 * The text as stored now, with its record's id and version; null when there is no such record.
 * Records are named as the seed names them: events by slug, the rest by id.
 */
async function stored(tx: Prisma.TransactionClient, { kind, id, field }: Text): Promise<Stored> {
  const select = { id: true, version: true, summary: true } as const;
  const summaryOf = (row: { id: string; version: number; summary: string } | null) => row && { id: row.id, version: row.version, text: row.summary };
  if (kind === "commitment" && field === "evidence") {
    const row = await tx.commitment.findUnique({ where: { id }, select: { id: true, version: true, evidence: true } });
    return row && { id: row.id, version: row.version, text: row.evidence };
  }
  if (field !== "summary") throw new Error(`No way to rewrite ${kind} ${field}`);
  if (kind === "position") return summaryOf(await tx.position.findUnique({ where: { id }, select }));
  if (kind === "event") return summaryOf(await tx.event.findUnique({ where: { slug: id }, select }));
  if (kind === "commitment") return summaryOf(await tx.commitment.findUnique({ where: { id }, select }));
  if (kind === "plan") return summaryOf(await tx.plan.findUnique({ where: { id }, select }));
  if (kind === "planPoint") return summaryOf(await tx.planPoint.findUnique({ where: { id }, select }));
  throw new Error(`No way to rewrite ${kind} ${field}`);
}

const writers = { position: positionWriter, event: eventWriter, commitment: commitmentWriter, plan: planWriter, planPoint: planPointWriter };

export const summariesInOwnWords: DataMigration = {
  name: "20261217000000_summaries_in_own_words",
  description: "Seeded summaries and evidence in Parley's own words rather than the reference data's",
  async run(tx, actor) {
    let changed = 0;
    for (const text of list.texts) {
      const now = await stored(tx, text);
      if (!now || now.text !== text.seededAs) continue;
      const target = { id: now.id, version: now.version, action: "update", actor, note } as const;
      const columns = () => ({ columns: { [text.field]: text.ownWordsAs } });
      // The writers differ only in the snapshot changeRecord returns, which is not used here.
      const writer = writers[text.kind as keyof typeof writers] as unknown as RecordWriter<RecordRow, unknown>;
      await changeRecord(tx, writer, target, columns);
      changed += 1;
    }
    return { changed };
  },
};
