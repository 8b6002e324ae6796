// Checks that an export file's records fit together before anything is written: ids and
// slugs unique, every reference pointing at a record in the file, supersession chains
// without loops. The database would refuse most of these too, but with a message naming
// a constraint rather than the record to fix. Pure.
import type { ExportFile } from "./export-format";

export function checkExportReferences(file: ExportFile): string[] {
  const problems: string[] = [];
  const ids = (rows: { id: string }[], table: string) => {
    const seen = new Set<string>();
    for (const row of rows) {
      if (seen.has(row.id)) problems.push(`${table}: the id "${row.id}" appears more than once`);
      seen.add(row.id);
    }
    return seen;
  };
  const unique = (values: string[], what: string) => {
    const seen = new Set<string>();
    for (const v of values) {
      if (seen.has(v)) problems.push(`${what} "${v}" appears more than once`);
      seen.add(v);
    }
  };
  const negotiations = ids(file.negotiations, "negotiations");
  const parties = ids(file.parties, "parties");
  const issues = ids(file.issues, "issues");
  const sources = ids(file.sources, "sources");
  const events = ids(file.events, "events");
  const positions = ids(file.positions, "positions");
  ids(file.commitments, "commitments");
  ids(file.revisions, "revisions");
  ids(file.positions.flatMap((p) => p.citations), "citations");

  unique(file.negotiations.map((n) => n.slug), "negotiations: the slug");
  unique(file.parties.map((p) => p.slug), "parties: the slug");
  unique(file.events.map((e) => e.slug), "events: the slug");
  unique(file.issues.map((i) => `${i.negotiationId}/${i.slug}`), "issues: the negotiation and slug");
  unique(file.negotiationParties.map((s) => `${s.negotiationId}/${s.partyId}`), "negotiationParties: the seat");

  const ref = (set: Set<string>, value: string | null, where: string, kind: string) => {
    if (value !== null && !set.has(value)) problems.push(`${where} refers to ${kind} "${value}", which is not in the file`);
  };
  for (const s of file.negotiationParties) {
    ref(negotiations, s.negotiationId, `negotiationParties (${s.negotiationId}/${s.partyId})`, "negotiation");
    ref(parties, s.partyId, `negotiationParties (${s.negotiationId}/${s.partyId})`, "party");
  }
  for (const i of file.issues) ref(negotiations, i.negotiationId, `issue ${i.id}`, "negotiation");
  for (const e of file.events) {
    ref(negotiations, e.negotiationId, `event ${e.id}`, "negotiation");
    for (const p of e.participants) ref(parties, p.partyId, `event ${e.id}`, "party");
    for (const s of e.sources) ref(sources, s.sourceId, `event ${e.id}`, "source");
    unique(e.participants.map((p) => p.partyId), `event ${e.id}: the participant`);
    unique(e.sources.map((s) => s.sourceId), `event ${e.id}: the source`);
  }
  for (const p of file.positions) {
    ref(parties, p.partyId, `position ${p.id}`, "party");
    ref(issues, p.issueId, `position ${p.id}`, "issue");
    ref(events, p.eventId, `position ${p.id}`, "event");
    ref(positions, p.supersededById, `position ${p.id}`, "position");
    for (const c of p.citations) ref(sources, c.sourceId, `position ${p.id}`, "source");
    unique(p.citations.map((c) => c.sourceId), `position ${p.id}: the cited source`);
  }
  for (const c of file.commitments) {
    ref(negotiations, c.negotiationId, `commitment ${c.id}`, "negotiation");
    ref(events, c.eventId, `commitment ${c.id}`, "event");
    for (const p of c.parties) ref(parties, p.partyId, `commitment ${c.id}`, "party");
    for (const s of c.sources) ref(sources, s.sourceId, `commitment ${c.id}`, "source");
    unique(c.parties.map((p) => p.partyId), `commitment ${c.id}: the party`);
    unique(c.sources.map((s) => s.sourceId), `commitment ${c.id}: the source`);
  }
  if (problems.length === 0 && supersessionOrder(file.positions) === null) {
    problems.push("positions: the supersededById links form a loop");
  }
  return problems;
}

/**
 * Positions ordered so each comes after the one that superseded it (the row it points
 * at must exist first), or null when the links loop.
 */
export function supersessionOrder<T extends { id: string; supersededById: string | null }>(positions: T[]): T[] | null {
  const byId = new Map(positions.map((p) => [p.id, p]));
  const placed = new Set<string>();
  const out: T[] = [];
  for (const start of positions) {
    const path: T[] = [];
    const onPath = new Set<string>();
    let current: T | undefined = start;
    while (current && !placed.has(current.id)) {
      if (onPath.has(current.id)) return null;
      onPath.add(current.id);
      path.push(current);
      current = current.supersededById ? byId.get(current.supersededById) : undefined;
    }
    for (const p of path.reverse()) {
      placed.add(p.id);
      out.push(p);
    }
  }
  return out;
}
