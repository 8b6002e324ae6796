// The seeded Russia–Ukraine issue on the nuclear plant becomes a territory issue, and the
// positions that say who should hold the plant get that claim on the plant's own area, which
// lies inside its province (docs/comparison-rules.md, "territory").
//
// Before, the issue was `general` and the compare page could only say "not compared by
// rule", although its core question — who holds or runs the plant — is what a territorial
// claim on one area says. Three of its six records state it (held by one party, withdrawn
// from by another, run internationally); the other three only split the plant's output or
// reject a split, which no territorial claim can say, and keep empty terms.
//
// A database that came through the earlier migrations has no area for the plant (they made
// areas only of the regions claims named): it is made here, as the seed has it, before the
// claims that name it. Nothing happens unless the issue is still `general`; what else is
// changed and what is left alone is said in lib/data-migrations/rekind-issues.ts. The
// codings are this migration's own copy in the JSON file beside it.
import { areaInput } from "@/lib/areas/area-input";
import { areaWriter } from "@/lib/areas/area-writer";
import type { Actor } from "@/lib/auth/actor";
import type { DataMigration } from "@/lib/data-migrations/data-migration";
import { rekindIssues } from "@/lib/data-migrations/rekind-issues";
import type { Prisma } from "@/lib/db/client";
import { createRecord } from "@/lib/revisions/write-record";
import codings from "./20261207000000_nuclear_plant_territory.json";

const areaNote = "Made for the claims on the nuclear plant, which the issue about it now codes as territory.";

/** The plant's area, made as the seed has it when the database has none; 1 when made. */
async function ensurePlantArea(tx: Prisma.TransactionClient, actor: Actor, negotiationId: string): Promise<number> {
  const { slug, parent, heldBy, ...fields } = codings.area;
  if (await tx.area.findUnique({ where: { negotiationId_slug: { negotiationId, slug } } })) return 0;
  const parentArea = await tx.area.findUnique({ where: { negotiationId_slug: { negotiationId, slug: parent } }, select: { id: true } });
  const holder = await tx.negotiationParty.findFirst({ where: { negotiationId, party: { slug: heldBy } }, select: { partyId: true } });
  const input = areaInput.parse({ negotiationId, slug, ...fields, parentId: parentArea?.id ?? null, heldById: holder?.partyId ?? null });
  await createRecord(tx, areaWriter, input, { actor, note: areaNote });
  return 1;
}

export const nuclearPlantTerritory: DataMigration = {
  name: "20261207000000_nuclear_plant_territory",
  description: "The seeded nuclear-plant issue given the territory kind and the positions that say who should hold the plant coded",
  async run(tx, actor) {
    const negotiation = await tx.negotiation.findUnique({ where: { slug: codings.negotiation }, select: { id: true } });
    if (!negotiation) return { changed: 0 };
    const issue = await tx.issue.findUnique({ where: { negotiationId_slug: { negotiationId: negotiation.id, slug: codings.issue } }, select: { kind: true } });
    if (issue?.kind !== "general") return { changed: 0 };
    const made = await ensurePlantArea(tx, actor, negotiation.id);
    const { changed } = await rekindIssues(tx, actor, codings);
    return { changed: made + changed };
  },
};
