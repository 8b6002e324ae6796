// Three seeded regions are held by one party only in part: a front line runs through each,
// and their notes say so. Before areas could say it, they were recorded as held by that party
// outright, so their pages read "Held now by" it and a freeze of the line was compared as if
// it left that party the whole region. This marks them held in part, in a database seeded
// before the seed file said so.
//
// Only regions still held by the seeded holder and not yet marked are changed; an editor's
// own changes stay. The list is this migration's own copy, in the JSON file beside it.
import { toAreaInput } from "@/lib/areas/area-input";
import { areaWriter } from "@/lib/areas/area-writer";
import type { DataMigration } from "@/lib/data-migrations/data-migration";
import { updateRecord } from "@/lib/revisions/write-record";
import held from "./20261210000000_areas_held_in_part.json";

const note = "Held in part: a front line runs through the region, as its notes say.";

export const areasHeldInPart: DataMigration = {
  name: "20261210000000_areas_held_in_part",
  description: "The seeded Russia–Ukraine regions a front line runs through marked as held in part",
  async run(tx, actor) {
    const negotiation = await tx.negotiation.findUnique({ where: { slug: held.negotiation }, select: { id: true } });
    if (!negotiation) return { changed: 0 };
    let changed = 0;
    for (const slug of held.slugs) {
      const area = await tx.area.findUnique({
        where: { negotiationId_slug: { negotiationId: negotiation.id, slug } },
        select: { id: true, heldInPart: true, heldBy: { select: { slug: true } } },
      });
      if (!area || area.heldInPart || area.heldBy?.slug !== held.heldBy) continue;
      const snapshot = await areaWriter.load(tx, area.id);
      if (!snapshot || snapshot.retractedAt) continue;
      const input = areaWriter.schema.parse({ ...toAreaInput(snapshot), heldInPart: true });
      await updateRecord(tx, areaWriter, { id: area.id, version: snapshot.version, input, actor, note });
      changed += 1;
    }
    return { changed };
  },
};
