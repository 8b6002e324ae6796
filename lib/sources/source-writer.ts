import "server-only";
import type { RecordWriter } from "@/lib/revisions/record-writer";
import { sourceInput, toSourceInput, type SourceInput } from "./source-input";
import { loadSourceSnapshot, type SourceSnapshot } from "./source-snapshot";
import { visibleSource } from "@/lib/sources/source-visibility";
import { FieldErrorList } from "@/lib/validation/check-references";
import { sameAddressProblem } from "./same-address";

export const sourceWriter: RecordWriter<SourceSnapshot, SourceInput> = {
  entityType: "source",
  noun: "source",
  visible: visibleSource,
  load: loadSourceSnapshot,
  schema: sourceInput,
  toInput: (snapshot) => toSourceInput(snapshot),
  async check(tx, input, before) {
    const errors = new FieldErrorList();
    const problem = await sameAddressProblem(tx, { url: input.url, before });
    if (problem) errors.add("url", problem);
    errors.throwIfAny();
  },
  columns: (input) => ({ ...input }),
};
