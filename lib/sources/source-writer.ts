import "server-only";
import type { RecordWriter } from "@/lib/revisions/record-writer";
import { sourceInput, toSourceInput, type SourceInput } from "./source-input";
import { loadSourceSnapshot, type SourceSnapshot } from "./source-snapshot";
import { visibleSource } from "@/lib/sources/source-visibility";

export const sourceWriter: RecordWriter<SourceSnapshot, SourceInput> = {
  entityType: "source",
  noun: "source",
  visible: visibleSource,
  load: loadSourceSnapshot,
  schema: sourceInput,
  toInput: (snapshot) => toSourceInput(snapshot),
  async check() {},
  columns: (input) => ({ ...input }),
};
