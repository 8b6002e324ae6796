import "server-only";
// The areas and parties a position's terms name by slug must be records of its negotiation:
// an area of that negotiation; a party that exists, and takes part in the negotiation
// where the terms say it holds an area or withdraws from one. Checked on every save, for the
// form and the API alike, with a message per field that names the row.
import type { DbOrTx } from "@/lib/db/client";
import { listTermReferences, type TermReference } from "@/lib/terms/term-references";
import type { FieldErrorList } from "@/lib/validation/check-references";
import type { IssueKind } from "@/lib/vocab";

type Check = { kind: IssueKind; terms: unknown; negotiationId: string; before: unknown };

export async function checkTermReferences(tx: DbOrTx, { kind, terms, negotiationId, before }: Check, errors: FieldErrorList) {
  const refs = listTermReferences(kind, terms);
  if (refs.length === 0) return;
  // A reference the position already had stays valid if its record was since retracted.
  const had = new Set(listTermReferences(kind, before).map((r) => `${r.kind}:${r.slug}`));
  const slugs = (k: TermReference["kind"]) => [...new Set(refs.filter((r) => r.kind === k).map((r) => r.slug))];

  const [areas, elsewhere, parties] = await Promise.all([
    tx.area.findMany({ where: { negotiationId, slug: { in: slugs("area") } }, select: { slug: true, name: true, retractedAt: true } }),
    tx.area.findMany({ where: { negotiationId: { not: negotiationId }, slug: { in: slugs("area") } }, select: { slug: true } }),
    tx.party.findMany({
      where: { slug: { in: slugs("party") } },
      select: { slug: true, shortName: true, retractedAt: true, negotiations: { where: { negotiationId }, select: { partyId: true } } },
    }),
  ]);
  const area = new Map(areas.map((a) => [a.slug, a]));
  const otherArea = new Set(elsewhere.map((a) => a.slug));
  const party = new Map(parties.map((p) => [p.slug, p]));

  for (const ref of refs) {
    const field = ["terms", ...ref.path].join(".");
    const linked = had.has(`${ref.kind}:${ref.slug}`);
    if (ref.kind === "area") {
      const found = area.get(ref.slug);
      if (!found) {
        errors.add(field, otherArea.has(ref.slug)
          ? `${ref.row}: “${ref.slug}” is an area of another negotiation, not of this one`
          : `${ref.row}: “${ref.slug}” is not an area of this negotiation`);
      } else if (found.retractedAt && !linked) {
        errors.add(field, `${ref.row}: the area “${found.name}” has been retracted: restore it first, or choose another`);
      }
    } else {
      const found = party.get(ref.slug);
      if (!found) errors.add(field, `${ref.row}: there is no party “${ref.slug}”`);
      else if (found.retractedAt && !linked) errors.add(field, `${ref.row}: ${found.shortName} has been retracted: restore it first, or choose another`);
      else if (ref.seated && found.negotiations.length === 0 && !linked) {
        errors.add(field, `${ref.row}: ${found.shortName} does not take part in this negotiation: add it to the negotiation's parties first`);
      }
    }
  }
}
