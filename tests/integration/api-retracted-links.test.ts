// The API answers readers as the pages and the export do: a record's links to a party or a
// source since retracted are left out of its answer (a citation and its quote, a
// participant, an author, a seat, an area's holder), while the record keeps them, so that
// restoring the party or source shows them again.
import { afterAll, describe, expect, it } from "vitest";
import { apiResources } from "@/lib/api/registry";
import { createArea } from "@/lib/areas/create-area";
import { db } from "@/lib/db/client";
import { createNegotiation } from "@/lib/negotiations/create-negotiation";
import { retractParty } from "@/lib/parties/retract-party";
import { restoreSource } from "@/lib/sources/restore-source";
import { retractSource } from "@/lib/sources/retract-source";
import { editor, newParty, newSource, positionFields, unique } from "../support/editing";
import { entityCases } from "../support/editing-entities";
import type { RetractArgs } from "@/lib/revisions/edit-commands";

afterAll(() => db.$disconnect());

/** The record as the API answers readers, with its lists of links. */
async function answer(entityType: string, id: string) {
  const resource = apiResources.find((r) => r.entityType === entityType)!;
  return (await resource.get(id)) as unknown as Record<string, unknown>;
}

async function retracted<S>(record: { id: string; version: number }, retract: (args: RetractArgs) => Promise<S>) {
  return retract({ id: record.id, version: record.version, actor: editor });
}

describe("the API leaves out links to retracted records", () => {
  it("a position's citation of a retracted source, quote and all, until the source is restored", async () => {
    const kept = await newSource();
    const input = await positionFields();
    const dropped = (input.citations as { sourceId: string }[])[0]!.sourceId;
    const position = await entityCases.find((c) => c.type === "position")!.create({
      input: { ...input, citations: [...(input.citations as object[]), { sourceId: kept.id, attribution: "media-report", quote: null, speaker: null }] },
      actor: editor,
    });
    const source = await db.source.findUniqueOrThrow({ where: { id: dropped } });
    const hidden = await retracted(source, retractSource);
    const citations = (await answer("position", position.id)).citations as { sourceId: string; quote: string | null }[];
    expect(citations.map((c) => c.sourceId)).toEqual([kept.id]);
    expect(JSON.stringify(citations)).not.toContain("Thirty days, starting now.");

    await restoreSource({ id: hidden.id, version: hidden.version, actor: editor });
    expect(((await answer("position", position.id)).citations as { sourceId: string }[]).map((c) => c.sourceId)).toEqual([dropped, kept.id]);
  });

  for (const [type, partyField, name] of [["event", "participantIds", "an event"], ["commitment", "partyIds", "a commitment"], ["plan", "authorIds", "a plan"]] as const) {
    it(`${name}'s retracted party and source`, async () => {
      const entity = entityCases.find((c) => c.type === type)!;
      const input = await entity.input();
      const [extraParty, extraSource] = await Promise.all([newParty(), newSource()]);
      const record = await entity.create({
        input: { ...input, [partyField]: [...(input[partyField] as string[]), extraParty.id], sourceIds: [...(input.sourceIds as string[]), extraSource.id] },
        actor: editor,
      });
      const party = await db.party.findUniqueOrThrow({ where: { id: (input[partyField] as string[])[0]! } });
      const source = await db.source.findUniqueOrThrow({ where: { id: (input.sourceIds as string[])[0]! } });
      await retracted(party, retractParty);
      await retracted(source, retractSource);
      const shown = await answer(type, record.id);
      expect(shown[partyField]).toEqual([extraParty.id]);
      expect(shown.sourceIds).toEqual([extraSource.id]);
    });
  }

  it("a negotiation's seat of a retracted party, and an area's retracted holder", async () => {
    const [gone, stays] = await Promise.all([newParty(), newParty()]);
    const negotiation = await createNegotiation({
      input: { slug: unique("talks"), title: "Ruritanian talks", summary: "Test talks.", status: "active", parties: [{ partyId: gone.id, role: null }, { partyId: stays.id, role: "host" }] },
      actor: editor,
    });
    const area = await createArea({
      input: { negotiationId: negotiation.id, slug: unique("area"), name: "North Province", kind: "province", order: 1, code: null, parentId: null, heldById: gone.id, heldSince: null, notes: null, outline: null },
      actor: editor,
    });
    expect((await answer("area", area.id)).heldById).toBe(gone.id);
    await retracted(gone, retractParty);
    const seats = (await answer("negotiation", negotiation.id)).parties as { partyId: string }[];
    expect(seats.map((s) => s.partyId)).toEqual([stays.id]);
    expect(await answer("area", area.id)).toMatchObject({ heldById: null, heldBy: null });
  });
});
