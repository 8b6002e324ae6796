import { isDeepStrictEqual } from "node:util";
import type { z } from "zod";
import type { DbOrTx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { RecordRow } from "./snapshot";

/** Who makes a change, and their note: what changes a writer makes to other records are attributed to. */
export type ChangeAttribution = {
  actor: Actor;
  note?: string | null;
  /**
   * Other records whose revision for this change the caller writes itself (the statement an
   * explicit supersede replaces): what a writer derives for them writes no revision of its own.
   */
  recordedApart?: readonly string[];
};

/**
 * What the shared write paths (create, update, retract, restore, revert) need to know about
 * one kind of record. Each kind's folder defines one (`lib/sources/source-writer.ts` …);
 * docs/adding-a-record-kind.md walks through writing one.
 */
export type RecordWriter<S extends RecordRow, I> = {
  /** The Prisma model's name on the client, also the revisions' `entityType`. */
  entityType: string;
  /** How messages name the record, in lower case. */
  noun: string;
  /**
   * Readers' rule for the kind (`lib/<kind>/<kind>-visibility.ts`): a restore that would
   * leave the record hidden by a retracted record it belongs to is refused.
   */
  visible: object;
  schema: z.ZodType<I>;
  /** The record's full state as a revision stores it, or null when there is no such record. */
  load(tx: DbOrTx, id: string): Promise<S | null>;
  /** The editable input a snapshot holds; relations a snapshot did not record come from `current`. */
  toInput(snapshot: S, current: S | null): unknown;
  /**
   * The input as it should be stored given what is stored now, for what a form cannot send
   * as it was: lists whose order means nothing (a position's terms name categories or
   * parties as a set) keep the stored order when they hold the same members, so an edit of
   * other fields records no reordering it did not make.
   */
  keepStored?(input: I, stored: I): I;
  /** Checks what needs the database (references, unique slugs); throws a validation AppError. */
  check(tx: DbOrTx, input: I, before: S | null): Promise<void>;
  /** Column values the input sets. */
  columns(input: I): Record<string, unknown>;
  /**
   * Replaces the relations the input lists, after the record's row is written. `previous` is
   * the input the record held before the change (null for a new record, or when unknown), so
   * a relation the change left as it was need not be written again (`keptAsItWas`).
   */
  writeRelations?(tx: DbOrTx, id: string, input: I, previous: I | null): Promise<void>;
  /**
   * Keeps derived state in step once the record changed (position statuses), or other
   * records that refer to it (terms naming an area by its slug), attributing any revision
   * it writes to `by`.
   */
  afterChange?(tx: DbOrTx, id: string, before: S | null, by: ChangeAttribution): Promise<void>;
  /** Refuses a retraction that would leave other records pointing at a record readers no longer see; throws a conflict AppError. */
  checkRetract?(tx: DbOrTx, before: S): Promise<void>;
  /** Refuses a restore of a record that points at what readers no longer see; throws a conflict AppError. */
  checkRestore?(tx: DbOrTx, before: S): Promise<void>;
  /** The field a unique-constraint violation is about, and what to tell the editor. */
  unique?: { field: string; message: string };
};

/** A writer of any kind, for code that handles every kind alike (revert, the API). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRecordWriter = RecordWriter<any, any>;

/** Whether a change left the relation `key` of a record's input as it was before. */
export function keptAsItWas<I extends object>(previous: I | null, input: I, key: keyof I): boolean {
  return previous !== null && isDeepStrictEqual(previous[key], input[key]);
}
