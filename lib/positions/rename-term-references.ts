import "server-only";
// When an area's or a party's slug changes, the terms that name it by the old slug follow,
// each position through the one write path with a revision that says why. Retracted
// positions follow too, so restoring one never brings back a slug that names nothing.
import type { DbOrTx } from "@/lib/db/client";
import type { ChangeAttribution } from "@/lib/revisions/record-writer";
import { changeRecord } from "@/lib/revisions/write-record";
import { renameTermReference, type TermReference } from "@/lib/terms/term-references";
import { positionWriter } from "./position-writer";
import { listPositionsNaming } from "./positions-naming";

export async function renameTermReferences(
  tx: DbOrTx,
  rename: { kind: TermReference["kind"]; from: string; to: string; negotiationId?: string },
  by: ChangeAttribution,
) {
  const positions = await listPositionsNaming(tx, { kind: rename.kind, slug: rename.from, negotiationId: rename.negotiationId }, { includeRetracted: true });
  const note = `The ${rename.kind === "area" ? "area" : "party"} “${rename.from}” is now “${rename.to}”: the terms name it by its new slug.`;
  for (const p of positions) {
    const terms = renameTermReference(p.issueKind, p.terms, rename);
    if (!terms) continue;
    await changeRecord(tx, positionWriter, { id: p.id, version: p.version, action: "update", actor: by.actor, note }, () => ({ columns: { terms } }));
  }
}
