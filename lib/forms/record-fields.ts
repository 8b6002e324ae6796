// Form fields ⇄ input for the records with flat forms: sources, parties, issues, events,
// commitments and negotiations. Shared by the client forms and the server actions.
import { toPartialDateText } from "@/lib/dates/partial-date";
import type { CommitmentSnapshot } from "@/lib/commitments/commitment-snapshot";
import type { EventSnapshot } from "@/lib/events/event-snapshot";
import type { IssueSnapshot } from "@/lib/issues/issue-snapshot";
import type { NegotiationSnapshot } from "@/lib/negotiations/negotiation-snapshot";
import type { PartySnapshot } from "@/lib/parties/party-snapshot";
import type { SourceSnapshot } from "@/lib/sources/source-snapshot";
import { asText, list, readRows, text, type Assembled, type FieldValues, type Renames } from "./fields";

function pick(fields: FieldValues, names: readonly string[]) {
  return Object.fromEntries(names.map((n) => [n, text(fields, n) ?? ""]));
}

function toFields(record: Record<string, unknown>, names: readonly string[]): FieldValues {
  return Object.fromEntries(names.map((n) => [n, asText(record[n])]));
}

/** Id lists posted as rows of selects ("sourceIds.0", "sourceIds.3"), blanks left out. */
function idRows(fields: FieldValues, name: string, renames: Renames): string[] {
  const ids: string[] = [];
  const indexes = Object.keys(fields)
    .map((k) => new RegExp(`^${name}\\.(\\d+)$`).exec(k)?.[1])
    .filter((m): m is string => m !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  for (const i of indexes) {
    const id = (text(fields, `${name}.${i}`) ?? "").trim();
    if (!id) continue;
    renames[`${name}.${ids.length}`] = `${name}.${i}`;
    ids.push(id);
  }
  return ids;
}

function idRowFields(name: string, ids: string[]): FieldValues {
  return Object.fromEntries(ids.map((id, i) => [`${name}.${i}`, id]));
}

export const SOURCE_FIELDS = ["outlet", "title", "url", "publishedOn"] as const;
export function sourceFromFields(fields: FieldValues): Assembled {
  return { input: pick(fields, SOURCE_FIELDS), renames: {} };
}
export function sourceToFields(s: SourceSnapshot): FieldValues {
  return toFields(s, SOURCE_FIELDS);
}

export const PARTY_FIELDS = ["slug", "name", "shortName", "kind", "colour"] as const;
export function partyFromFields(fields: FieldValues): Assembled {
  return { input: pick(fields, PARTY_FIELDS), renames: {} };
}
export function partyToFields(p: PartySnapshot): FieldValues {
  return toFields(p, PARTY_FIELDS);
}

export const ISSUE_FIELDS = ["negotiationId", "slug", "name", "description", "kind", "order"] as const;
export function issueFromFields(fields: FieldValues): Assembled {
  return { input: pick(fields, ISSUE_FIELDS), renames: {} };
}
export function issueToFields(i: IssueSnapshot): FieldValues {
  return toFields(i, ISSUE_FIELDS);
}

const EVENT_TEXT = ["negotiationId", "slug", "name", "date", "location", "summary"] as const;
export function eventFromFields(fields: FieldValues): Assembled {
  const renames: Renames = {};
  return {
    input: { ...pick(fields, EVENT_TEXT), participantIds: list(fields, "participantIds"), sourceIds: idRows(fields, "sourceIds", renames) },
    renames,
  };
}
export function eventToFields(e: EventSnapshot): FieldValues {
  return {
    ...toFields(e, EVENT_TEXT),
    date: toPartialDateText(new Date(e.date), e.datePrecision),
    participantIds: e.participantIds ?? [],
    ...idRowFields("sourceIds", e.sourceIds ?? []),
  };
}

const COMMITMENT_TEXT = ["negotiationId", "eventId", "summary", "status", "evidence"] as const;
export function commitmentFromFields(fields: FieldValues): Assembled {
  const renames: Renames = {};
  return {
    input: { ...pick(fields, COMMITMENT_TEXT), partyIds: list(fields, "partyIds"), sourceIds: idRows(fields, "sourceIds", renames) },
    renames,
  };
}
export function commitmentToFields(c: CommitmentSnapshot): FieldValues {
  return { ...toFields(c, COMMITMENT_TEXT), partyIds: c.partyIds ?? [], ...idRowFields("sourceIds", c.sourceIds ?? []) };
}

const NEGOTIATION_TEXT = ["slug", "title", "summary", "status"] as const;
export function negotiationFromFields(fields: FieldValues): Assembled {
  const renames: Renames = {};
  const parties = readRows(fields, "parties", ["partyId", "role"], renames);
  return { input: { ...pick(fields, NEGOTIATION_TEXT), parties }, renames };
}
export function negotiationToFields(n: NegotiationSnapshot): FieldValues {
  const out = toFields(n, NEGOTIATION_TEXT);
  (n.parties ?? []).forEach((seat, i) => {
    out[`parties.${i}.partyId`] = seat.partyId;
    out[`parties.${i}.role`] = asText(seat.role);
  });
  return out;
}
