import type { DbOrTx } from "@/lib/db/client";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { recordRevision } from "@/lib/revisions/record-revision";
import type { ChangeAttribution } from "@/lib/revisions/record-writer";
import { compareStatements, currentStatement } from "./current-statement";
import { loadPositionSnapshot } from "./position-snapshot";
import { notRetracted } from "@/lib/records/visible";

/**
 * Whose change moved the statuses: every other statement whose status moves gets a revision
 * of its own, attributed to it. `changedId` is the statement that change wrote (none for a
 * seed's load), whose own revision follows, as do those of `recordedApart`. Without a
 * recording, statuses are set with no revision: only fixtures that write rows directly do so.
 */
export type StatusChangeRecording = ChangeAttribution & { changedId: string | null };

type Row = { id: string; status: string; supersededById: string | null; statedOn: Date; statedOnPrecision: string; createdAt: Date; withdrawnOn: Date | null };

/**
 * Sets status and supersededBy for one party's statements on one issue, from their dates.
 * Every write to a position calls this in the same transaction, so the stored status always
 * agrees with the rule for `asOf` (current-statement.ts): the current statement is
 * the latest one not withdrawn; each earlier statement is superseded by the next one made
 * after it. Retracted statements are hidden from readers and take no part.
 */
export async function recomputePositionStatuses(tx: DbOrTx, key: { partyId: string; issueId: string }, recording?: StatusChangeRecording) {
  const rows: Row[] = (
    await tx.position.findMany({
      where: { ...key, ...notRetracted },
      select: { id: true, status: true, supersededById: true, statedOn: true, statedOnPrecision: true, createdAt: true, withdrawnOn: true },
    })
  ).sort(compareStatements);
  const current = currentStatement(rows);

  for (const [i, row] of rows.entries()) {
    const status = row.withdrawnOn !== null ? "withdrawn" : row === current ? "current" : "superseded";
    const next = status === "superseded" ? rows[i + 1] : undefined;
    const supersededById = next?.id ?? null;
    if (row.status === status && row.supersededById === supersededById) continue;
    if (!recording || row.id === recording.changedId || recording.recordedApart?.includes(row.id)) {
      await tx.position.update({ where: { id: row.id }, data: { status, supersededById } });
    } else {
      await recordStatusChange(tx, row.id, { status, supersededById }, next, recording);
    }
  }
}

/**
 * Another statement's save moved this one's standing: a change like any other, so it gets a
 * revision saying why, which its history page and the feeds show. It keeps its version: the
 * status follows from the other statements, so an editor's save from that version overwrites
 * nothing, and the status is recomputed after it (the API's ETag tells caches of the new
 * state, lib/http/etag.ts).
 */
async function recordStatusChange(
  tx: DbOrTx,
  id: string,
  data: { status: string; supersededById: string | null },
  next: Row | undefined,
  by: StatusChangeRecording,
) {
  const before = await loadPositionSnapshot(tx, id);
  await tx.position.update({ where: { id }, data });
  const after = await loadPositionSnapshot(tx, id);
  // What moved it, then the editor's note, which speaks of the statement they changed.
  const reason = next
    ? `The party's statement of ${formatPartialDate(next.statedOn, next.statedOnPrecision)} on this issue now follows this one.`
    : "No later statement of the party on this issue follows this one now, so it is current again.";
  const note = by.note ? `${reason} The editor's note on that change: “${by.note}”` : reason;
  await recordRevision(tx, {
    entityType: "position",
    entityId: id,
    action: data.status === "superseded" ? "supersede" : "reinstate",
    actor: by.actor,
    before,
    after,
    note,
  });
}
