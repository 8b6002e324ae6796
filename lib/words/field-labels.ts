// Words for the fields of records, one vocabulary for history pages, diffs, feeds and the
// conflict screen: the fields every record shares are named here, each kind names the
// fields it adds (its `words` in lib/<kind>/<kind>-kind.ts), and terms name theirs
// (lib/terms/labels.ts). Also which kind of record an id field points at, so a diff reads
// "Party: Ruritania → Freedonia" rather than "partyId: c1… → c2…".
import type { RecordKind } from "@/lib/records/record-kind";
import { recordKinds } from "@/lib/records/registry";
import { termFieldLabel } from "@/lib/terms/labels";

const shared: Record<string, string> = {
  id: "Id",
  slug: "Address (slug)",
  title: "Title",
  name: "Name",
  summary: "Summary",
  status: "Status",
  kind: "Kind",
  negotiationId: "Negotiation",
  partyId: "Party",
  issueId: "Issue",
  eventId: "Event",
  sourceId: "Source",
  parties: "Parties",
  partyIds: "Parties",
  role: "Role",
  retractedAt: "Retracted",
  createdAt: "Recorded",
};

const labels: Record<string, string> = { ...termFieldLabel, ...shared };
const references: Record<string, string> = { negotiationId: "negotiation", partyId: "party", issueId: "issue", eventId: "event", sourceId: "source" };
for (const kind of recordKinds as readonly RecordKind[]) {
  for (const [field, label] of Object.entries(kind.words.fields)) labels[field] ??= label;
  Object.assign(references, kind.words.references);
}

/** The kind of record an id field (or a list of ids) points at. */
export const referenceFields: Readonly<Record<string, string>> = references;

/** Whether a field has a word of its own here (a test holds every kind's and term's fields to it). */
export function hasFieldLabel(field: string): boolean {
  return field in labels;
}

/** A field's name in words; an unknown field's name spelled out ("maxDrones" → "Max drones"). */
export function fieldLabel(field: string): string {
  return labels[field] ?? field.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase());
}

/** Fields holding a moment Parley recorded (ISO timestamps), as opposed to a statement date. */
export const timestampFields = new Set(["retractedAt", "createdAt", "updatedAt"]);
