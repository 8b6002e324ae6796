import type { z } from "zod";
import type { DbOrTx } from "@/lib/db/client";
import type { EntityType } from "./record-revision";
import type { SnapshotByType } from "./snapshot-types";

/**
 * What the shared write paths (create, update, retract, restore, revert) need to know about
 * one kind of record. Each entity folder defines one (`lib/sources/source-writer.ts` …).
 */
export type RecordWriter<K extends EntityType, I> = {
  entityType: K;
  /** How messages name the record: "position", "source". */
  noun: string;
  schema: z.ZodType<I>;
  /** The editable input a snapshot holds; relations a snapshot did not record come from `current`. */
  toInput(snapshot: SnapshotByType[K], current: SnapshotByType[K] | null): unknown;
  /** Checks what needs the database (references, unique slugs); throws a validation AppError. */
  check(tx: DbOrTx, input: I, before: SnapshotByType[K] | null): Promise<void>;
  /** Column values the input sets. */
  columns(input: I): Record<string, unknown>;
  /** Replaces the relations the input lists, after the record's row is written. */
  writeRelations?(tx: DbOrTx, id: string, input: I): Promise<void>;
  /** Keeps derived state in step once the record changed (position statuses). */
  afterChange?(tx: DbOrTx, id: string, before: SnapshotByType[K] | null): Promise<void>;
  /** The field a unique-constraint violation is about, and what to tell the editor. */
  unique?: { field: string; message: string };
};
