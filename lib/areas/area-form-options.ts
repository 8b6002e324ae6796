import "server-only";
// The choices an area's form offers: the negotiation's other areas (for where it lies) and
// the parties seated in the negotiation (for who holds it), plus any it already links to.
import { db } from "@/lib/db/client";
import type { Option } from "@/lib/forms/fields";
import { visibleOr } from "@/lib/records/visible";

export async function areaFormOptions({ negotiationId, areaId, keep = [] }: { negotiationId: string; areaId?: string; keep?: string[] }) {
  const [areas, seats] = await Promise.all([
    db.area.findMany({
      where: { negotiationId, ...visibleOr(keep), ...(areaId ? { NOT: { id: areaId } } : {}) },
      orderBy: [{ order: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
    db.negotiationParty.findMany({
      where: { negotiationId, party: visibleOr(keep) },
      orderBy: { order: "asc" },
      select: { party: { select: { id: true, name: true, shortName: true } } },
    }),
  ]);
  const parents: Option[] = areas.map((a) => ({ value: a.id, label: a.name }));
  const holders: Option[] = seats.map(({ party: p }) => ({ value: p.id, label: p.name === p.shortName ? p.shortName : `${p.shortName} (${p.name})` }));
  return { parents, holders };
}
