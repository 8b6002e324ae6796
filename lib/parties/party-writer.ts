import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { renameTermReferences } from "@/lib/positions/rename-term-references";
import type { RecordWriter } from "@/lib/revisions/record-writer";
import { FieldErrorList } from "@/lib/validation/check-references";
import { partyInput, toPartyInput, type PartyInput } from "./party-input";
import { loadPartySnapshot, type PartySnapshot } from "./party-snapshot";
import { visibleParty } from "@/lib/parties/party-visibility";

const slugTaken = "Another party already uses this slug: choose another";

export const partyWriter: RecordWriter<PartySnapshot, PartyInput> = {
  entityType: "party",
  noun: "party",
  visible: visibleParty,
  load: loadPartySnapshot,
  schema: partyInput,
  toInput: (snapshot) => toPartyInput(snapshot),
  async check(tx: DbOrTx, input, before) {
    const errors = new FieldErrorList();
    const other = await tx.party.findUnique({ where: { slug: input.slug }, select: { id: true } });
    if (other && other.id !== before?.id) errors.add("slug", slugTaken);
    errors.throwIfAny();
  },
  columns: (input) => ({ ...input }),
  // Terms name a party by its slug: a new slug is carried into them, each with a revision.
  async afterChange(tx, id, before, by) {
    if (!before) return;
    const after = await tx.party.findUniqueOrThrow({ where: { id }, select: { slug: true } });
    if (after.slug !== before.slug) await renameTermReferences(tx, { kind: "party", from: before.slug, to: after.slug }, by);
  },
  unique: { field: "slug", message: slugTaken },
};
