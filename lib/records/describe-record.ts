// A record named in a sentence, from a snapshot: for lists of changes, feeds and history pages.
import type { NameOf } from "./record-kind";
import { findRecordKind } from "./registry";

function clip(text: string, max = 120) {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}

const noNames: NameOf = () => undefined;

/** "Strelsau round …", "Reuters: The king says …", or `fallback` (the record's id) when the snapshot says nothing. */
export function describeRecord(
  entityType: string,
  snapshot: Record<string, unknown> | null | undefined,
  fallback = "",
  nameOf: NameOf = noNames,
): string {
  if (!snapshot) return fallback;
  const described = findRecordKind(entityType)?.describe(snapshot, nameOf);
  return clip(described && described.trim() !== "" ? described : fallback);
}

/** The kind in words, capitalised ("Position"); the name itself for a kind Parley no longer keeps. */
export function entityTypeLabel(entityType: string): string {
  return findRecordKind(entityType)?.label ?? entityType;
}
