// One negotiation's part of a normalised export (tests/support/normalise-export.ts): its own
// records (plans with their points and the points they leave out among them), the parties
// seated in it, the sources its records cite, and the revisions of all of these. A party or source two negotiations share is in both parts.
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Row = { [key: string]: Json };
type ExportFile = { [key: string]: Json };

const rows = (file: ExportFile, section: string) => (Array.isArray(file[section]) ? (file[section] as Row[]) : []);

export function negotiationPart(file: ExportFile, negotiationSlug: string): ExportFile {
  const negotiation = `negotiation:${negotiationSlug}`;
  const own = (section: string) => rows(file, section).filter((r) => r.negotiationId === negotiation);
  const seats = own("negotiationParties");
  const partyIds = new Set(seats.map((s) => s.partyId));
  const issues = own("issues");
  const issueIds = new Set(issues.map((i) => i.id));
  const positions = rows(file, "positions").filter((p) => issueIds.has(p.issueId!));
  const events = own("events");
  const commitments = own("commitments");
  const plans = own("plans");
  const planIds = new Set(plans.map((p) => p.id));
  const ofPlans = (section: string) => rows(file, section).filter((r) => planIds.has(r.planId!));
  const planPoints = ofPlans("planPoints");
  const cited = JSON.stringify([positions, events, commitments, plans]);
  const sources = rows(file, "sources").filter((s) => cited.includes(JSON.stringify(s.id)));
  const part: ExportFile = {
    ...Object.fromEntries(Object.entries(file).filter(([, value]) => !Array.isArray(value))),
    negotiations: rows(file, "negotiations").filter((n) => n.id === negotiation),
    negotiationParties: seats,
    parties: rows(file, "parties").filter((p) => partyIds.has(p.id!)),
    issues,
    areas: own("areas"),
    sources,
    events,
    positions,
    commitments,
    plans,
    planPoints,
    planDroppedPoints: ofPlans("planDroppedPoints"),
  };
  const ids = new Set(Object.values(part).flatMap((value) => (Array.isArray(value) ? (value as Row[]).map((r) => r.id) : [])));
  part.revisions = rows(file, "revisions").filter((r) => ids.has(r.entityId!));
  // Any other section (a kind added since) keeps its rows that belong to the negotiation.
  for (const [section, value] of Object.entries(file)) if (Array.isArray(value) && !(section in part)) part[section] = own(section);
  // In the export's own order of sections.
  return Object.fromEntries(Object.keys(file).map((key) => [key, part[key]!]));
}
