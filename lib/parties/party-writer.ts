import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import type { RecordWriter } from "@/lib/revisions/record-writer";
import { FieldErrorList } from "@/lib/validation/check-references";
import { partyInput, toPartyInput, type PartyInput } from "./party-input";
import { loadPartySnapshot, type PartySnapshot } from "./party-snapshot";

const slugTaken = "Another party already uses this slug: choose another";

export const partyWriter: RecordWriter<PartySnapshot, PartyInput> = {
  entityType: "party",
  noun: "party",
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
  unique: { field: "slug", message: slugTaken },
};
