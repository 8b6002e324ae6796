// The first seed recorded 25 articles twice, once for each way the reference data described
// them (a title it made up beside the outlet's own, another spelling of the outlet), so each
// of the two records' pages showed only part of what cites the article, and a reader could
// not tell they were one report. Since then an address is recorded once
// (lib/sources/same-address.ts) and the seed file holds one record per address
// (scripts/one-source-per-address.ts). This merges the pairs in a database seeded before:
// every record citing the copy cites the record kept instead, the copy is retracted (its
// history stays), and the record kept takes the preferred description when it still reads as
// seeded. Each change is a revision.
//
// Left as they are: a copy or a kept record an editor has since given another address or
// retracted, records retracted since (restoring one shows it citing the retracted copy, which
// its editor can change then), and a record citing both with different words quoted from
// each, which only its editor can join. Such a copy stays visible. The list is this
// migration's own copy, in the JSON file beside it.
import type { Actor } from "@/lib/auth/actor";
import type { DataMigration } from "@/lib/data-migrations/data-migration";
import type { Prisma } from "@/lib/db/client";
import { commitmentWriter } from "@/lib/commitments/commitment-writer";
import { eventWriter } from "@/lib/events/event-writer";
import { planWriter } from "@/lib/plans/plan-writer";
import { positionWriter } from "@/lib/positions/position-writer";
import type { RecordWriter } from "@/lib/revisions/record-writer";
import type { RecordRow } from "@/lib/revisions/snapshot";
import { retractRecord, updateRecord } from "@/lib/revisions/write-record";
import { toSourceInput } from "@/lib/sources/source-input";
import { sourceWriter } from "@/lib/sources/source-writer";
import list from "./20261211000000_one_source_per_address.json";

type Tx = Prisma.TransactionClient;
type Description = { outlet: string; title: string; publishedOn: string | null };
type Citation = { sourceId: string; attribution: string; quote: string | null; speaker: string | null };

const repointNote = "Cites the one record of this article: the first seed recorded it twice.";
const retractNote = "The same article as another source at this address, which the records citing this one now cite.";
const describeNote = "Described as the outlet titled the article, of the descriptions the two records of it gave.";

/** The citations with the copy's replaced by the kept record's, or null when both carry different words. */
function mergedCitations(citations: Citation[], copy: string, kept: string): Citation[] | null {
  const ofCopy = citations.find((c) => c.sourceId === copy)!;
  const ofKept = citations.find((c) => c.sourceId === kept);
  if (!ofKept) return citations.map((c) => (c === ofCopy ? { ...c, sourceId: kept } : c));
  if (ofCopy.quote && ofKept.quote && ofCopy.quote !== ofKept.quote) return null;
  const joined = ofKept.quote ? ofKept : { ...ofKept, quote: ofCopy.quote, speaker: ofCopy.speaker };
  return citations.filter((c) => c !== ofCopy).map((c) => (c === ofKept ? joined : c));
}

/** Re-points one record through its kind's write path; false when it is retracted or cannot be merged. */
async function repoint<S extends RecordRow, I>(
  tx: Tx,
  actor: Actor,
  writer: RecordWriter<S, I>,
  id: string,
  change: (input: Record<string, unknown>) => Record<string, unknown> | null,
): Promise<boolean> {
  const snapshot = await writer.load(tx, id);
  if (!snapshot || snapshot.retractedAt) return false;
  const changed = change(writer.toInput(snapshot, snapshot) as Record<string, unknown>);
  if (!changed) return false;
  const input = writer.schema.parse(changed);
  await updateRecord(tx, writer, { id, version: snapshot.version, input, actor, note: repointNote });
  return true;
}

const swapIds = (ids: string[], copy: string, kept: string) => [...new Set(ids.map((id) => (id === copy ? kept : id)))];

/** Points every record citing `copy` at `kept`; says whether none is left citing it. */
async function repointAll(tx: Tx, actor: Actor, copy: string, kept: string): Promise<{ changed: number; left: boolean }> {
  let changed = 0;
  let left = false;
  const count = (done: boolean) => (done ? (changed += 1) : (left = true));
  const sourceIds = (input: Record<string, unknown>) => ({ ...input, sourceIds: swapIds(input.sourceIds as string[], copy, kept) });
  for (const { positionId } of await tx.citation.findMany({ where: { sourceId: copy }, select: { positionId: true } })) {
    count(
      await repoint(tx, actor, positionWriter, positionId, (input) => {
        const citations = mergedCitations(input.citations as Citation[], copy, kept);
        return citations && { ...input, citations };
      }),
    );
  }
  for (const { eventId } of await tx.eventSource.findMany({ where: { sourceId: copy }, select: { eventId: true } })) {
    count(await repoint(tx, actor, eventWriter, eventId, sourceIds));
  }
  for (const { commitmentId } of await tx.commitmentSource.findMany({ where: { sourceId: copy }, select: { commitmentId: true } })) {
    count(await repoint(tx, actor, commitmentWriter, commitmentId, sourceIds));
  }
  for (const { planId } of await tx.planSource.findMany({ where: { sourceId: copy }, select: { planId: true } })) {
    count(await repoint(tx, actor, planWriter, planId, sourceIds));
  }
  return { changed, left };
}

const sameDescription = (a: Description, b: Description) => a.outlet === b.outlet && a.title === b.title && a.publishedOn === b.publishedOn;

async function mergeAddress(tx: Tx, actor: Actor, address: (typeof list.addresses)[number]): Promise<number> {
  const kept = await sourceWriter.load(tx, address.key);
  if (!kept || kept.retractedAt || kept.url !== address.url) return 0;
  let changed = 0;
  let retracted = 0;
  for (const { key } of address.copies) {
    const copy = await sourceWriter.load(tx, key);
    if (!copy || copy.retractedAt || copy.url !== address.url) continue;
    const repointed = await repointAll(tx, actor, key, kept.id);
    changed += repointed.changed;
    if (repointed.left) continue;
    await retractRecord(tx, sourceWriter, { id: key, version: copy.version, actor, note: retractNote });
    retracted += 1;
  }
  // The words go with the merge: a record whose copy an editor kept apart keeps its own.
  const now = (await sourceWriter.load(tx, address.key))!;
  if (retracted > 0 && sameDescription(now, address.seededAs) && !sameDescription(now, address.describedAs)) {
    const input = sourceWriter.schema.parse({ ...toSourceInput(now), ...address.describedAs });
    await updateRecord(tx, sourceWriter, { id: now.id, version: now.version, input, actor, note: describeNote });
    changed += 1;
  }
  return changed + retracted;
}

export const oneSourcePerAddress: DataMigration = {
  name: "20261211000000_one_source_per_address",
  description: "The seeded articles recorded twice under one address merged into one source each",
  async run(tx, actor) {
    let changed = 0;
    for (const address of list.addresses) changed += await mergeAddress(tx, actor, address);
    return { changed };
  },
};
