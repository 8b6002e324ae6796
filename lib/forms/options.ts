import "server-only";
// The choices an edit form offers: records editors may link to (not retracted), plus any
// the record already links to, which stay listed so saving does not drop them.
import { db } from "@/lib/db/client";
import { formatPartialDateText, toPartialDateText } from "@/lib/dates/partial-date";
import type { Option } from "./fields";
import { sourceLabel } from "@/lib/sources/source-label";
import { visibleOr } from "@/lib/records/visible";
import { visibleIssue } from "@/lib/issues/issue-visibility";

/**
 * Parties to choose from. With `seatedIn`, the negotiation's seated parties come first, in
 * its order, and every other party is labelled as having no seat in it: an outside party may
 * take part or speak, but one from another negotiation is easy to tick by mistake.
 */
export async function partyOptions(keep: string[] = [], seatedIn?: string | null): Promise<Option[]> {
  const [rows, seats] = await Promise.all([
    db.party.findMany({ where: visibleOr(keep), orderBy: { shortName: "asc" }, select: { id: true, shortName: true, name: true } }),
    seatedIn ? db.negotiationParty.findMany({ where: { negotiationId: seatedIn }, orderBy: { order: "asc" }, select: { partyId: true } }) : [],
  ]);
  const label = (p: (typeof rows)[number]) => (p.name === p.shortName ? p.shortName : `${p.shortName} (${p.name})`);
  if (!seatedIn) return rows.map((p) => ({ value: p.id, label: label(p) }));
  const seat = new Map(seats.map((s, i) => [s.partyId, i]));
  const seated = rows.filter((p) => seat.has(p.id)).sort((a, b) => seat.get(a.id)! - seat.get(b.id)!);
  const others = rows.filter((p) => !seat.has(p.id));
  return [...seated.map((p) => ({ value: p.id, label: label(p) })), ...others.map((p) => ({ value: p.id, label: `${label(p)}, no seat in this negotiation` }))];
}

export async function negotiationOptions(keep: string[] = []): Promise<Option[]> {
  const rows = await db.negotiation.findMany({ where: visibleOr(keep), orderBy: { title: "asc" }, select: { id: true, title: true } });
  return rows.map((n) => ({ value: n.id, label: n.title }));
}

/** Issues grouped by negotiation, for choosing where a new position goes. */
export async function issueOptions(negotiationId?: string): Promise<(Option & { kind: string })[]> {
  const rows = await db.issue.findMany({
    where: { ...visibleIssue, ...(negotiationId ? { negotiationId } : {}) },
    orderBy: [{ negotiation: { title: "asc" } }, { order: "asc" }],
    select: { id: true, name: true, kind: true, negotiation: { select: { title: true } } },
  });
  return rows.map((i) => ({ value: i.id, label: i.name, kind: i.kind, group: i.negotiation.title }));
}

export async function eventOptions(negotiationId?: string | null, keep: string[] = []): Promise<Option[]> {
  const rows = await db.event.findMany({
    where: { ...visibleOr(keep), ...(negotiationId ? { negotiationId } : {}) },
    orderBy: { date: "desc" },
    select: { id: true, name: true, date: true, datePrecision: true, negotiation: { select: { title: true } } },
  });
  return rows.map((e) => ({
    value: e.id,
    label: `${e.name} (${formatPartialDateText(toPartialDateText(e.date, e.datePrecision))})`,
    group: negotiationId ? undefined : e.negotiation.title,
  }));
}

export async function sourceOptions(keep: string[] = []): Promise<Option[]> {
  const rows = await db.source.findMany({
    where: visibleOr(keep),
    orderBy: [{ outlet: "asc" }, { title: "asc" }],
    select: { id: true, outlet: true, title: true, publishedOn: true },
  });
  return rows.map((s) => ({ value: s.id, label: sourceLabel(s) }));
}

