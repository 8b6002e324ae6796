import "server-only";
// Every kind of record Parley keeps, one line each, in the order the API reference, the
// export file and lists of kinds show them. Adding a kind: docs/adding-a-record-kind.md.
//
// Only code that handles records of any kind imports this file; a kind's own modules never
// do (they are what it imports), which keeps the import graph free of cycles.
import { areaKind } from "@/lib/areas/area-kind";
import { commitmentKind } from "@/lib/commitments/commitment-kind";
import { eventKind } from "@/lib/events/event-kind";
import { issueKind } from "@/lib/issues/issue-kind";
import { negotiationKind } from "@/lib/negotiations/negotiation-kind";
import { partyKind } from "@/lib/parties/party-kind";
import { planPointKind } from "@/lib/plan-points/plan-point-kind";
import { planKind } from "@/lib/plans/plan-kind";
import { positionKind } from "@/lib/positions/position-kind";
import { sourceKind } from "@/lib/sources/source-kind";
import type { RecordKind } from "./record-kind";

export const recordKinds = [
  negotiationKind,
  partyKind,
  issueKind,
  positionKind,
  sourceKind,
  eventKind,
  commitmentKind,
  planKind,
  planPointKind,
  areaKind,
] as const;

/** A kind's name, as revisions store it ("position"). */
export type EntityType = (typeof recordKinds)[number]["entityType"];

export const entityTypes = recordKinds.map((kind) => kind.entityType) as [EntityType, ...EntityType[]];

const byType = new Map<string, RecordKind>(recordKinds.map((kind) => [kind.entityType, kind as unknown as RecordKind]));

/** The kind named `entityType`, or undefined when Parley keeps no such kind. */
export function findRecordKind(entityType: string): RecordKind | undefined {
  return byType.get(entityType);
}

/** The kind named `entityType`; for names that come from Parley's own records. */
export function recordKind(entityType: string): RecordKind {
  const kind = byType.get(entityType);
  if (!kind) throw new Error(`Parley keeps no records of the kind "${entityType}"`);
  return kind;
}
