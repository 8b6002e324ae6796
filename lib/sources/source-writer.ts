import "server-only";
import type { RecordWriter } from "@/lib/revisions/record-writer";
import { sourceInput, toSourceInput, type SourceInput } from "./source-input";

export const sourceWriter: RecordWriter<"source", SourceInput> = {
  entityType: "source",
  noun: "source",
  schema: sourceInput,
  toInput: (snapshot) => toSourceInput(snapshot),
  async check() {},
  columns: (input) => ({ ...input }),
};
