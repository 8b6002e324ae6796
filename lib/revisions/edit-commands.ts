import "server-only";
import { z } from "zod";
import type { SignedInActor } from "@/lib/auth/permissions";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import { optionalText } from "@/lib/validation/text-field";
import type { Actor } from "@/lib/auth/actor";
import type { RecordWriter } from "./record-writer";
import type { RecordRow } from "./snapshot";
import { createRecord, restoreRecord, retractRecord, updateRecord } from "./write-record";
import { writeTransaction } from "./write-transaction";

// What every door passes to the create/update/retract/restore functions of each record.
// Inputs are `unknown`: a form's fields and an API body are untrusted alike, and the
// domain function parses them with the record's schema.

export type CreateArgs = { input: unknown; actor: Actor | null | undefined; note?: string | null };
export type UpdateArgs = { id: string; version: number; input: unknown; actor: Actor | null | undefined; note?: string | null };
export type RetractArgs = { id: string; version: number; actor: Actor | null | undefined; note?: string | null };
export type RestoreArgs = RetractArgs;

/** An editor's optional note on a change ("Corrected the date from the transcript"). */
export const revisionNote = optionalText({ label: "the note", max: 1000, multiline: true });

/** The revision a revert goes back to, by its id, as the history page and the API name it. */
export const revisionIdInput = z
  .string({ error: "Say which revision to go back to, by its id" })
  .trim()
  .min(1, "Say which revision to go back to, by its id")
  .max(100, "That is not the id of a revision")
  .regex(/^[A-Za-z0-9_-]+$/, "That is not the id of a revision");

const target = z.strictObject({
  id: z.string({ error: "The record's id is missing" }).min(1, "The record's id is missing").max(100, "That is not a record id"),
  version: z
    .number({ error: "The record's version is missing; reload the page and try again" })
    .int("The record's version must be a whole number")
    .positive("The record's version must be a whole number from 1"),
});

/** Checks the id and version a caller names; throws a validation AppError. */
export function parseTarget(args: { id: unknown; version: unknown }) {
  return parseOrThrow(target, { id: args.id, version: args.version });
}

export function parseNote(note: unknown): string | null {
  const result = revisionNote.safeParse(note);
  if (!result.success) {
    throw new AppError("validation", "Some fields need attention", {
      fieldErrors: { note: result.error.issues.map((i) => i.message) },
    });
  }
  return result.data;
}

/** Parses input, then creates the record and its revision in one transaction. */
export function createWithRevision<S extends RecordRow, I>(
  writer: RecordWriter<S, I>,
  { input, actor, note }: { input: unknown; actor: SignedInActor; note?: string | null },
) {
  const data = parseOrThrow(writer.schema, input);
  const parsedNote = parseNote(note);
  return writeTransaction((tx) => createRecord(tx, writer, data, { actor, note: parsedNote }));
}

export function updateWithRevision<S extends RecordRow, I>(
  writer: RecordWriter<S, I>,
  args: { id: string; version: number; input: unknown; actor: SignedInActor; note?: string | null },
) {
  const { id, version } = parseTarget(args);
  const input = parseOrThrow(writer.schema, args.input);
  const note = parseNote(args.note);
  return writeTransaction((tx) => updateRecord(tx, writer, { id, version, input, actor: args.actor, note }));
}

export function retractWithRevision<S extends RecordRow, I>(
  writer: RecordWriter<S, I>,
  args: { id: string; version: number; actor: SignedInActor; note?: string | null },
) {
  const { id, version } = parseTarget(args);
  const note = parseNote(args.note);
  return writeTransaction((tx) => retractRecord(tx, writer, { id, version, actor: args.actor, note }));
}

export function restoreWithRevision<S extends RecordRow, I>(
  writer: RecordWriter<S, I>,
  args: { id: string; version: number; actor: SignedInActor; note?: string | null },
) {
  const { id, version } = parseTarget(args);
  const note = parseNote(args.note);
  return writeTransaction((tx) => restoreRecord(tx, writer, { id, version, actor: args.actor, note }));
}
