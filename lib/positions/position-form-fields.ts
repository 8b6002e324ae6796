// A position form's fields ⇄ the position input the domain parses (lib/positions/position-input).
// Shared by the client form (instant checks) and the server action (the real save).
import { toPositionInput } from "@/lib/positions/position-input";
import type { PositionSnapshot } from "@/lib/positions/position-snapshot";
import { issueKind, type IssueKind } from "@/lib/vocab";
import { asText, readRows, text, type Assembled, type FieldValues, type Renames } from "@/lib/forms/fields";
import { termsFromFields, termsToFields } from "@/lib/forms/terms-fields";
import { idRowFields, idRows } from "@/lib/forms/record-fields";

const SIMPLE = ["eventId", "stance", "summary", "details", "notes", "termsConfidence", "termsNote", "statedOn", "withdrawnOn"] as const;
export const CITATION_COLUMNS = ["sourceId", "attribution", "quote", "speaker"] as const;
export const NEW_SOURCE_COLUMNS = ["outlet", "title", "url", "publishedOn"] as const;

/** Stands for the source the same save creates, until it has an id. */
export const NEW_SOURCE_ID = "new-source";

export type AssembledPosition = Assembled & {
  /** A source typed into the form ("Cite a new source"), to create before the position. */
  newSource: Record<string, string> | null;
};

/** The form's position, party and issue included (a new statement's action drops them: they cannot change). */
export function positionFromFields(fields: FieldValues, kind: IssueKind): AssembledPosition {
  const renames: Renames = {};
  const input: Record<string, unknown> = { partyId: text(fields, "partyId") ?? "", issueId: text(fields, "issueId") ?? "" };
  for (const name of SIMPLE) input[name] = text(fields, name) ?? "";
  input.terms = termsFromFields(kind, fields, renames);
  const citations: Record<string, string | null>[] = readRows(fields, "citations", CITATION_COLUMNS, renames);

  const source = Object.fromEntries(NEW_SOURCE_COLUMNS.map((c) => [c, (text(fields, `newSource.${c}`) ?? "").trim()]));
  const newSource = Object.values(source).some(Boolean) ? source : null;
  if (newSource) {
    renames[`citations.${citations.length}.sourceId`] = "newSource.title";
    renames[`citations.${citations.length}`] = "newSource";
    citations.push({
      sourceId: NEW_SOURCE_ID,
      attribution: (text(fields, "newSource.attribution") ?? "").trim(),
      quote: text(fields, "newSource.quote") ?? "",
      speaker: text(fields, "newSource.speaker") ?? "",
    });
  }
  input.citations = citations;
  input.pointIds = idRows(fields, "pointIds", renames);
  return { input, renames, newSource };
}

/** The issue kind a form says it codes terms for; the domain checks it against the issue. */
export function termsKindOf(fields: FieldValues): IssueKind {
  const kind = issueKind.safeParse(text(fields, "termsKind"));
  return kind.success ? kind.data : "general";
}

/** A stored position as form fields. */
export function positionToFields(position: PositionSnapshot, kind: IssueKind): FieldValues {
  const input = toPositionInput(position);
  const out: FieldValues = { partyId: input.partyId, issueId: input.issueId };
  for (const name of SIMPLE) out[name] = asText(input[name]);
  Object.assign(out, termsToFields(kind, input.terms));
  input.citations.forEach((c, i) => {
    for (const column of CITATION_COLUMNS) out[`citations.${i}.${column}`] = asText(c[column]);
  });
  Object.assign(out, idRowFields("pointIds", input.pointIds));
  return out;
}

/**
 * A later statement's form, started from the statement it supersedes: what it said and the
 * sources it cited, but not what must be new — its date and event — nor its quotes and their
 * speakers, which are words said then, not in the new statement.
 */
export function newStatementFields(position: PositionSnapshot, kind: IssueKind): FieldValues {
  const out = positionToFields(position, kind);
  for (const name of Object.keys(out)) {
    if (/^citations\.\d+\.(quote|speaker)$/.test(name)) out[name] = "";
  }
  return { ...out, statedOn: "", eventId: "", withdrawnOn: "" };
}
