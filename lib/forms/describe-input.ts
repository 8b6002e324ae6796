// A record's input as labelled lines of text, for the conflict screen's side-by-side view:
// ids become names, lists one item per line, terms one row per term.
import { formatPartialDateText } from "@/lib/dates/partial-date";
import { regionLabel, territorialClaimLabel } from "@/components/terms/term-labels";
import { attributionKind, stance } from "@/lib/vocab";
import { attributionLabel, stanceLabel } from "@/lib/vocab/labels";

const labelIn = (labels: Record<string, string>, value: unknown) => labels[String(value)] ?? String(value ?? "");

/** Names keyed by id, for every record an input refers to. */
export type Names = Record<string, string>;

const LABELS: Record<string, string> = {
  slug: "Address (slug)", title: "Title", name: "Name", shortName: "Short name", summary: "Summary",
  status: "Status", kind: "Kind", colour: "Colour", description: "Description", order: "Order",
  negotiationId: "Negotiation", partyId: "Party", issueId: "Issue", eventId: "Event", stance: "Stance",
  termsConfidence: "Confidence in the terms coding", termsNote: "Coding note", details: "Details",
  notes: "Editorial notes", statedOn: "Statement date", withdrawnOn: "Withdrawn on", citations: "Sources cited",
  outlet: "Outlet", url: "Web address", publishedOn: "Published", date: "Date", location: "Place",
  participantIds: "Participants", sourceIds: "Sources", partyIds: "Parties", parties: "Parties", evidence: "Evidence",
  type: "Type", durationDays: "Length (days)", startDate: "Start date", scope: "Scope", preconditions: "Preconditions",
  monitoring: "Monitoring", claims: "Territorial claims", nato: "NATO membership", foreignTroops: "Foreign troops",
  nonNuclear: "Non-nuclear status", guaranteesRequired: "Guarantees required", reparations: "Reparations",
  frozenAssets: "Frozen assets", maxTroops: "Troop cap", maxTanks: "Tank cap", maxArtillery: "Artillery cap",
  capsAccepted: "Caps accepted",
};
const IDS = new Set(["negotiationId", "partyId", "issueId", "eventId", "sourceId"]);
const ID_LISTS = new Set(["participantIds", "sourceIds", "partyIds"]);
const DATES = new Set(["statedOn", "withdrawnOn", "date", "publishedOn", "startDate"]);

export const fieldLabel = (field: string) => LABELS[field] ?? field;

function value(field: string, v: unknown, names: Names): string {
  if (v === null || v === undefined || v === "") return "";
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (typeof v === "number") return new Intl.NumberFormat("en-GB").format(v);
  if (typeof v === "string") {
    if (IDS.has(field)) return names[v] ?? v;
    if (field === "stance") return stance.safeParse(v).success ? stanceLabel[v as keyof typeof stanceLabel] : v;
    if (DATES.has(field)) return `${formatPartialDateText(v) ?? v}`;
    return v;
  }
  if (Array.isArray(v)) {
    if (ID_LISTS.has(field)) return v.map((id) => names[String(id)] ?? String(id)).join("\n");
    return v.map((item) => value(field, item, names)).join("\n");
  }
  const o = v as Record<string, unknown>;
  if (typeof o.sourceId === "string") {
    const quote = o.quote ? ` — “${String(o.quote)}”` : "";
    const speaker = o.speaker ? ` (${String(o.speaker)})` : "";
    const kind = attributionKind.safeParse(o.attribution);
    return `${names[o.sourceId] ?? o.sourceId} — ${kind.success ? attributionLabel[kind.data].toLowerCase() : String(o.attribution ?? "")}${quote}${speaker}`;
  }
  if (typeof o.partyId === "string") return `${names[o.partyId] ?? o.partyId}${o.role ? ` (${String(o.role)})` : ""}`;
  if ("region" in o) return `${labelIn(regionLabel, o.region)}: ${labelIn(territorialClaimLabel, o.claim)}`;
  return JSON.stringify(o);
}

/** Each field of an input as [label, text]; terms are spread into one row per term. */
export function describeInput(input: Record<string, unknown>, names: Names): [string, string][] {
  const rows: [string, string][] = [];
  for (const [field, v] of Object.entries(input)) {
    if (field === "terms") {
      const terms = (v ?? {}) as Record<string, unknown>;
      for (const [term, inner] of Object.entries(terms)) rows.push([`Terms › ${fieldLabel(term)}`, value(term, inner, names)]);
      continue;
    }
    rows.push([fieldLabel(field), value(field, v, names)]);
  }
  return rows;
}

/** Both sides field by field, in the order the fields first appear. */
export function compareInputs(yours: Record<string, unknown>, theirs: Record<string, unknown>, names: Names) {
  const mine = new Map(describeInput(yours, names));
  const stored = new Map(describeInput(theirs, names));
  const labels = [...new Set([...stored.keys(), ...mine.keys()])];
  return labels.map((label) => {
    const y = mine.get(label) ?? "";
    const t = stored.get(label) ?? "";
    return { label, yours: y, theirs: t, same: y === t };
  });
}

/** Every id an input refers to, to look up names for. */
export function referencedIds(input: Record<string, unknown>): string[] {
  const ids: string[] = [];
  const walk = (field: string | null, v: unknown) => {
    if (typeof v === "string" && field && (IDS.has(field) || ID_LISTS.has(field))) ids.push(v);
    else if (Array.isArray(v)) v.forEach((item) => walk(field, item));
    else if (v && typeof v === "object") for (const [k, inner] of Object.entries(v)) walk(k, inner);
  };
  walk(null, input);
  return ids;
}
