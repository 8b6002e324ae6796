import "server-only";
// The names and holdings structured terms refer to, read from the records: one
// negotiation's areas (readers' view: retracted areas and holders left out) and the
// parties' short names — the negotiation's own and any others the terms name.
import type { DbOrTx } from "@/lib/db/client";
import { visibleParty } from "@/lib/parties/party-visibility";
import { notRetracted } from "@/lib/records/visible";
import type { TermsContext } from "./terms-context";

export async function loadTermsContext(tx: DbOrTx, negotiationId: string, { partySlugs = [] }: { partySlugs?: string[] } = {}): Promise<TermsContext> {
  const [areas, parties] = await Promise.all([
    tx.area.findMany({
      where: { negotiationId, ...notRetracted },
      orderBy: [{ order: "asc" }, { name: "asc" }],
      select: {
        slug: true,
        name: true,
        heldSince: true,
        heldInPart: true,
        parent: { select: { slug: true, retractedAt: true } },
        heldBy: { select: { slug: true, retractedAt: true } },
      },
    }),
    tx.party.findMany({
      where: { ...visibleParty, OR: [{ negotiations: { some: { negotiationId } } }, { slug: { in: partySlugs } }] },
      select: { slug: true, shortName: true },
    }),
  ]);
  return {
    areas: areas.map((a) => {
      const holder = a.heldBy && a.heldBy.retractedAt === null ? a.heldBy.slug : null;
      return {
        slug: a.slug,
        name: a.name,
        parent: a.parent && a.parent.retractedAt === null ? a.parent.slug : null,
        holder,
        heldSince: holder ? a.heldSince : null,
        heldInPart: holder !== null && a.heldInPart,
      };
    }),
    parties: Object.fromEntries(parties.map((p) => [p.slug, p.shortName])),
  };
}
